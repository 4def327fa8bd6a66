package kz.atazan.teaching;

import kz.atazan.model.Language;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.atazan.model.Citation;
import kz.atazan.model.Judgment;
import kz.atazan.scenario.JudgmentText;

/** A comparison in a terminal: the verdicts side by side, then each step with its amendment and provisions. */
public final class ComparisonText {

    private ComparisonText() {}

    public static List<String> lines(Comparison comparison) {
        List<String> lines = new ArrayList<>();
        Judgment first = comparison.judgments().get(0);
        lines.add(JudgmentText.action(first.action()).replaceFirst(" on " + first.action().date(), ""));
        lines.add("");
        Columns table = new Columns("date", "verdict", "decisive provisions", "wording");
        for (Judgment j : comparison.judgments()) {
            List<Citation> decisive = Comparison.decisive(j);
            table.add(j.action().date().toString(), j.verdict().label(), decisive.isEmpty() ? "-" : References.of(decisive),
                    String.join("; ", decisive.stream().map(c -> AmendingLaw.of(c.edition())).distinct().toList()));
        }
        lines.addAll(table.lines());
        Set<Citation> quoted = new HashSet<>();
        for (Transition t : comparison.transitions()) {
            lines.add("");
            String step = t.before().action().date() + " -> " + t.after().action().date() + ": ";
            if (t.verdictChanged()) {
                lines.add(step + t.before().verdict() + " -> " + t.after().verdict());
            } else if (!t.laws().isEmpty()) {
                lines.add(step + "still " + t.after().verdict() + ", on other grounds");
            } else {
                lines.add(step + "still " + t.after().verdict() + ", on the same provisions in the same wording");
                continue;
            }
            lines.add("  caused by: " + (t.laws().isEmpty() ? "no amendment among the provisions cited" : String.join("; ", t.laws())));
            if (t.between().size() > 1 || t.between().size() == 1 && !t.between().get(0).to().equals(t.after().verdict())) {
                for (Transition.VerdictChange v : t.between()) {
                    lines.add("  in between, on " + v.day() + ": " + v.from() + " -> " + v.to() + " (" + String.join("; ", v.laws()) + ")");
                }
            } else if (t.between().size() == 1) {
                lines.add("  the verdict changed on " + t.between().get(0).day());
            }
            for (WordingChange w : t.wordings()) {
                lines.add("  " + w.provision() + ": " + w.kind());
                for (Citation c : w.before()) {
                    lines.addAll(cited("    before: ", c, quoted));
                }
                for (Citation c : w.after()) {
                    lines.addAll(cited("    after:  ", c, quoted));
                }
            }
        }
        return lines;
    }

    private static List<String> cited(String head, Citation c, Set<Citation> quoted) {
        List<String> lines = new ArrayList<>();
        lines.add(head + AmendingLaw.phrase(c.edition()) + ", " + AmendingLaw.window(c) + ": " + c.summary(Language.EN));
        lines.add("            " + (quoted.add(c) ? "«" + c.quote() + "»" : "(quoted above)"));
        return lines;
    }
}
