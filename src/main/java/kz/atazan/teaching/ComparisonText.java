package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.atazan.model.Citation;
import kz.atazan.model.Judgment;
import kz.atazan.model.Language;
import kz.atazan.text.Words;

/** A comparison in a terminal, in one language: the verdicts side by side, then each step with its amendment and provisions. */
public final class ComparisonText {

    private ComparisonText() {}

    public static List<String> lines(Comparison comparison, Language language) {
        Words words = Words.in(language);
        List<String> lines = new ArrayList<>();
        Judgment first = comparison.judgments().get(0);
        lines.add(words.say("compare.heading", "codes", first.action().actor().label() + " " + first.action().act().label() + " "
                + first.action().target().label()));
        lines.add("");
        Columns table = new Columns(words.say("compare.column.date"), words.say("compare.column.verdict"),
                words.say("compare.column.provisions"), words.say("compare.column.wording"));
        for (Judgment j : comparison.judgments()) {
            List<Citation> decisive = Comparison.decisive(j);
            table.add(j.action().date().toString(), words.verdict(j.verdict()), decisive.isEmpty() ? "-" : words.references(decisive),
                    String.join("; ", decisive.stream().map(c -> words.amendment(c.edition())).distinct().toList()));
        }
        lines.addAll(table.lines());
        Set<Citation> quoted = new HashSet<>();
        for (Transition t : comparison.transitions()) {
            lines.add("");
            String from = t.before().action().date().toString();
            String to = t.after().action().date().toString();
            if (t.verdictChanged()) {
                lines.add(words.say("compare.step", "from", from, "to", to, "what",
                        words.say("compare.changed", "before", words.verdict(t.before().verdict()), "after", words.verdict(t.after().verdict()))));
            } else if (!t.laws().isEmpty()) {
                lines.add(words.say("compare.step", "from", from, "to", to, "what", words.say("compare.other-grounds", "verdict", words.verdict(t.after().verdict()))));
            } else {
                lines.add(words.say("compare.step", "from", from, "to", to, "what", words.say("compare.same", "verdict", words.verdict(t.after().verdict()))));
                continue;
            }
            lines.add("  " + words.say("compare.caused-by", "laws", t.laws().isEmpty() ? words.say("compare.no-amendment") : Amendments.say(t.laws(), words)));
            if (t.between().size() > 1 || t.between().size() == 1 && !t.between().get(0).to().equals(t.after().verdict())) {
                for (Transition.VerdictChange v : t.between()) {
                    lines.add("  " + words.say("compare.in-between", "date", v.day(), "before", words.verdict(v.from()), "after", words.verdict(v.to()),
                            "laws", Amendments.say(v.laws(), words)));
                }
            } else if (t.between().size() == 1) {
                lines.add("  " + words.say("compare.changed-on", "date", t.between().get(0).day()));
            }
            for (WordingChange w : t.wordings()) {
                Citation any = w.before().isEmpty() ? w.after().get(0) : w.before().get(0);
                lines.add("  " + words.say("compare.provision", "provision", words.reference(any), "kind", words.say("wording." + w.kind())));
                for (Citation c : w.before()) {
                    lines.addAll(cited("compare.before", c, quoted, words));
                }
                for (Citation c : w.after()) {
                    lines.addAll(cited("compare.after", c, quoted, words));
                }
            }
        }
        return lines;
    }

    private static List<String> cited(String key, Citation c, Set<Citation> quoted, Words words) {
        List<String> lines = new ArrayList<>();
        lines.add("    " + words.say(key, "as", words.as(c.edition()), "window", ExplanationText.window(c, words), "summary", words.summary(c)));
        if (quoted.add(c)) {
            List<String> quotes = new ArrayList<>(List.of("            «" + c.quote() + "»"));
            // the text of the state language first when speaking it
            c.quoteKk().ifPresent(kk -> quotes.add(words.language() == Language.KK ? 0 : 1, "            «" + kk + "»"));
            lines.addAll(quotes);
        } else {
            lines.add("            " + words.say("compare.quoted-above"));
        }
        return lines;
    }
}
