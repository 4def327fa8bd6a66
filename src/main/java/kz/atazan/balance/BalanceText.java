package kz.atazan.balance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.atazan.model.Period;
import kz.atazan.text.Messages;

/** The scales over time as a terminal table, in the user's language. */
public final class BalanceText {

    private BalanceText() {}

    public static List<String> of(Balance balance, Messages m) {
        List<String> lines = new ArrayList<>();
        lines.add(m.format("balance.title"));
        lines.add("");
        lines.addAll(totals(balance, m));
        lines.add("");
        lines.addAll(items(balance, m));
        lines.add("");
        lines.addAll(organs(balance, m));
        Map<String, Item> undetermined = new LinkedHashMap<>();
        balance.periods().forEach(p -> p.scores().stream().filter(s -> !s.determined())
                .forEach(s -> undetermined.putIfAbsent(s.item().id() + " " + s.basis(), s.item())));
        if (!undetermined.isEmpty()) {
            lines.add("");
            lines.add(m.format("balance.undetermined.heading"));
            undetermined.forEach((basis, item) -> lines.add("  " + m.format("balance.item." + item.id()) + ": "
                    + m.format("balance.basis." + basis.substring(basis.indexOf(' ') + 1))));
        }
        lines.add("");
        lines.add(m.format("balance.footer"));
        return lines;
    }

    static String period(Period p) {
        return p.from() + " – " + (p.isOpen() ? "" : p.to().toString());
    }

    private static List<String> totals(Balance balance, Messages m) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(m.format("balance.column.period")));
        for (Scale s : Scale.values()) {
            header.add(m.format("balance.scale." + s.id()));
        }
        header.add(m.format("balance.column.appointments"));
        rows.add(header);
        for (PeriodScores p : balance.periods()) {
            List<String> row = new ArrayList<>(List.of(period(p.period())));
            for (Total t : p.totals()) {
                row.add(t.undetermined() == 0 ? m.format("balance.total", "score", t.score(), "max", t.decidedMax())
                        : m.format("balance.total.undetermined", "score", t.score(), "max", t.decidedMax(), "n", t.undetermined()));
            }
            Appointments a = p.appointments();
            row.add(a.alone().size() + " / " + a.shared().size() + (a.open().isEmpty() ? "" : " / " + a.open().size() + " ?"));
            rows.add(row);
        }
        return Table.lines(rows);
    }

    /** Each organ's powers per period: alone / on another organ's terms / other organs' powers needing its consent. */
    private static List<String> organs(Balance balance, Messages m) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(m.format("balance.column.organ")));
        balance.periods().forEach(p -> header.add(p.period().from().toString()));
        rows.add(header);
        java.util.Set<kz.atazan.model.Entity> organs = new java.util.TreeSet<>();
        balance.periods().forEach(p -> p.organs().forEach(c -> organs.add(c.organ())));
        for (kz.atazan.model.Entity organ : organs) {
            List<String> row = new ArrayList<>(List.of(organ.label()));
            for (PeriodScores p : balance.periods()) {
                row.add(p.organs().stream().filter(c -> c.organ() == organ).findFirst()
                        .map(c -> c.alone() + "/" + c.shared() + "/" + c.consents()).orElse("–"));
            }
            rows.add(row);
        }
        List<String> lines = new ArrayList<>();
        lines.add(m.format("balance.organs.heading"));
        lines.addAll(Table.lines(rows));
        return lines;
    }

    private static List<String> items(Balance balance, Messages m) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(m.format("balance.column.item")));
        balance.periods().forEach(p -> header.add(p.period().from().toString()));
        rows.add(header);
        for (Item item : Item.values()) {
            List<String> row = new ArrayList<>(List.of(m.format("balance.item." + item.id()) + " (0–" + item.max() + ")"));
            balance.periods().forEach(p -> row.add(p.score(item).value().map(String::valueOf).orElse("?")));
            rows.add(row);
        }
        List<String> lines = new ArrayList<>();
        lines.add(m.format("balance.items.heading"));
        lines.addAll(Table.lines(rows));
        return lines;
    }
}
