package kz.atazan.balance;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.atazan.text.Messages;

/** A self-contained page: the chart over time (inline SVG, no script, no CDN), the totals and every item per period. */
public final class BalanceHtml {

    private BalanceHtml() {}

    /** The page as a file of its own: its style inline, so it opens anywhere. */
    public static String of(Balance balance, Messages m) {
        return "<!DOCTYPE html>\n<html lang=\"" + m.language().code() + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<title>" + Svg.escape(m.format("balance.chart.title")) + "</title>\n"
                + "<style>body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}td.n{text-align:center}</style>\n</head>\n<body>\n"
                + "<h1>" + Svg.escape(m.format("balance.title")) + "</h1>\n" + body(balance, m) + "</body>\n</html>\n";
    }

    /** The chart, the totals, every item per period and what is left open: the page's content, which the web workbench shows too. */
    public static String body(Balance balance, Messages m) {
        StringBuilder html = new StringBuilder(BalanceSvg.overTime(balance, m));
        html.append("<table class=\"balance\">\n<tr><th>").append(Svg.escape(m.format("balance.column.period"))).append("</th>");
        for (Scale s : Scale.values()) {
            html.append("<th>").append(Svg.escape(m.format("balance.scale." + s.id()))).append("</th>");
        }
        html.append("<th>").append(Svg.escape(m.format("balance.column.appointments"))).append("</th></tr>\n");
        for (PeriodScores p : balance.periods()) {
            html.append("<tr><td>").append(BalanceText.period(p.period())).append("</td>");
            for (Total t : p.totals()) {
                html.append("<td>").append(Svg.escape(t.undetermined() == 0 ? m.format("balance.total", "score", t.score(), "max", t.decidedMax())
                        : m.format("balance.total.undetermined", "score", t.score(), "max", t.decidedMax(), "n", t.undetermined())))
                        .append("</td>");
            }
            Appointments a = p.appointments();
            html.append("<td>").append(a.alone().size()).append(" / ").append(a.shared().size())
                    .append(a.open().isEmpty() ? "" : " / " + a.open().size() + " ?").append("</td></tr>\n");
        }
        html.append("</table>\n<h2>").append(Svg.escape(m.format("balance.items.heading"))).append("</h2>\n<table class=\"balance\">\n<tr><th>")
                .append(Svg.escape(m.format("balance.column.item"))).append("</th>");
        balance.periods().forEach(p -> html.append("<th>").append(p.period().from()).append("</th>"));
        html.append("</tr>\n");
        for (Item item : Item.values()) {
            html.append("<tr><td>").append(Svg.escape(m.format("balance.item." + item.id()))).append(" (0–").append(item.max()).append(")</td>");
            for (PeriodScores p : balance.periods()) {
                Score s = p.score(item);
                html.append("<td class=\"n\" title=\"").append(Svg.escape(m.format("balance.basis." + s.basis()))).append("\">")
                        .append(s.value().map(String::valueOf).orElse("?")).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        Map<String, Item> undetermined = new LinkedHashMap<>();
        balance.periods().forEach(p -> p.scores().stream().filter(s -> !s.determined()).forEach(s -> undetermined.putIfAbsent(s.item().id() + " " + s.basis(), s.item())));
        if (!undetermined.isEmpty()) {
            html.append("<h2>").append(Svg.escape(m.format("balance.undetermined.heading"))).append("</h2>\n<ul>\n");
            undetermined.forEach((basis, item) -> html.append("<li>").append(Svg.escape(m.format("balance.item." + item.id()))).append(": ")
                    .append(Svg.escape(m.format("balance.basis." + basis.substring(basis.indexOf(' ') + 1)))).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<p>").append(Svg.escape(m.format("balance.footer"))).append("</p>\n");
        return html.toString();
    }
}
