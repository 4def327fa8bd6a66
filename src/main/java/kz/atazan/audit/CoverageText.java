package kz.atazan.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kz.atazan.model.Citation;
import kz.atazan.model.Edition;
import kz.atazan.model.Language;
import kz.atazan.model.Verdict;
import kz.atazan.text.Messages;
import kz.atazan.text.Words;

/**
 * The coverage table in one language: each provision cited as the language cites it, each wording by
 * the tag of its edition (the one the rules' ids end in), the tags named in full below the table.
 */
public final class CoverageText {

    private CoverageText() {}

    public static List<String> lines(Coverage coverage, int rules, int checks, Language language) {
        Words words = Words.in(language);
        Messages m = words.messages();
        List<String> provisions = coverage.rows().stream().map(r -> m.cite(r.provision(), r.edition()).form("nom")).toList();
        int width = Math.max(provisions.stream().mapToInt(String::length).max().orElse(0), words.say("reports.coverage.column.provision").length());
        String columns = "%-" + width + "s  %-8s %6s %15s %17s %13s %16s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(columns, words.say("reports.coverage.column.provision"), words.say("reports.coverage.column.wording"),
                words.say("reports.coverage.column.rules"), words.say("reports.coverage.column.constitutional"),
                words.say("reports.coverage.column.unconstitutional"), words.say("reports.coverage.column.undetermined"),
                words.say("reports.coverage.column.also-considered")).stripTrailing());
        TreeSet<Edition> editions = new TreeSet<>();
        for (int i = 0; i < coverage.rows().size(); i++) {
            Coverage.Row row = coverage.rows().get(i);
            editions.add(row.edition());
            lines.add(String.format(columns, provisions.get(i), row.edition().tag(), row.rules(), row.decisive(Verdict.CONSTITUTIONAL),
                    row.decisive(Verdict.UNCONSTITUTIONAL), row.decisive(Verdict.UNDETERMINED), row.alsoConsidered()));
        }
        lines.add("");
        lines.add(words.say("tools.coverage.wordings"));
        editions.forEach(e -> lines.add("  " + words.say("tools.coverage.wording", "tag", e.tag(), "edition", e)));
        lines.add("");
        lines.add(words.say("reports.coverage.summary", "wordings", coverage.rows().size(),
                "provisions", coverage.rows().stream().map(r -> List.of(r.provision(), r.edition().constitution())).distinct().count(),
                "rules", rules, "checks", checks));
        if (!coverage.unfired().isEmpty()) {
            lines.add(words.say("reports.coverage.unfired", "n", coverage.unfired().size()));
            for (Citation c : coverage.unfired()) {
                lines.add("  " + words.say("tools.coverage.unfired-rule", "reference", words.reference(c), "window", words.window(c),
                        "id", c.id(), "summary", words.summary(c)));
            }
        }
        return lines;
    }
}
