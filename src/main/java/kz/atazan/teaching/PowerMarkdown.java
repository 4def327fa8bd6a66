package kz.atazan.teaching;

import kz.atazan.model.Language;

import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Citation;

/** A power map, or the difference between two, as Markdown: a table, then each provision quoted. */
public final class PowerMarkdown {

    private PowerMarkdown() {}

    public static String of(PowerMap map) {
        StringBuilder md = new StringBuilder();
        md.append("# Who may do what on ").append(AmendingLaw.spelledOut(map.date())).append("\n\n");
        md.append("Under ").append(PowerText.constitution(map)).append(": ").append(map.size())
                .append(" powers. Names in `code` are those of the scenario vocabulary.\n\n");
        md.append("| who | may | whom | on these terms | provisions |\n|---|---|---|---|---|\n");
        List<Citation> cited = new ArrayList<>();
        for (Power p : map.powers()) {
            md.append("| ").append(name(p.actor().meaning(), p.actor().label())).append(" | ").append(p.act().label())
                    .append(" | ").append(name(p.target().meaning(), p.target().label())).append(" | ")
                    .append(cell(PowerTerms.words(p))).append(" | ").append(cell(References.of(p.citations()))).append(" |\n");
            cited.addAll(p.citations());
        }
        quotes(md, cited);
        return md.toString();
    }

    public static String of(PowerDiff diff) {
        StringBuilder md = new StringBuilder();
        md.append("# What changed in the powers from ").append(AmendingLaw.spelledOut(diff.from())).append(" to ")
                .append(AmendingLaw.spelledOut(diff.to())).append("\n\n");
        md.append(diff.changes().size()).append(" changes, each with the amendment that made it (").append(diff.before().size())
                .append(" powers on ").append(diff.from()).append(", ").append(diff.after().size()).append(" on ").append(diff.to()).append(").\n\n");
        md.append("| change | who | may | whom | on ").append(diff.from()).append(" | on ").append(diff.to())
                .append(" | caused by | provisions |\n|---|---|---|---|---|---|---|---|\n");
        List<Citation> cited = new ArrayList<>();
        for (PowerChange c : diff.changes()) {
            md.append("| ").append(c.kind().label()).append(" | ").append(name(c.actor().meaning(), c.actor().label()))
                    .append(" | ").append(c.act().label()).append(" | ").append(name(c.target().meaning(), c.target().label()))
                    .append(" | ").append(cell(c.before().map(PowerTerms::words).orElse("no such power")))
                    .append(" | ").append(cell(c.after().map(PowerTerms::words).orElse("no such power")))
                    .append(" | ").append(cell(Amendments.say(c.laws(), kz.atazan.text.Words.in(kz.atazan.model.Language.EN))))
                    .append(" | ").append(cell(PowerTerms.provisionsBefore(c) + " → " + PowerTerms.provisionsAfter(c))).append(" |\n");
            c.before().ifPresent(p -> cited.addAll(p.citations()));
            c.after().ifPresent(p -> cited.addAll(p.citations()));
        }
        quotes(md, cited);
        return md.toString();
    }

    private static void quotes(StringBuilder md, List<Citation> cited) {
        md.append("\n## The provisions, quoted from the official Russian text\n\n");
        for (Citation c : new QuotedProvisions(cited).all()) {
            md.append("- **").append(c.reference()).append("**, ").append(cell(AmendingLaw.window(c))).append(", ")
                    .append(AmendingLaw.phrase(c.edition())).append(": ").append(cell(c.summary(Language.EN)))
                    .append("  \n  «").append(cell(c.quote())).append("»\n");
        }
    }

    private static String name(String meaning, String label) {
        return cell(Html.capitalised(meaning)) + " `" + label + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
