package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Constitution;

/** A power map, or the difference between two, as a table in a terminal, in the scenario vocabulary. */
public final class PowerText {

    private PowerText() {}

    public static List<String> of(PowerMap map) {
        List<String> lines = new ArrayList<>();
        lines.add("Powers on " + map.date() + " (" + constitution(map) + "): " + map.size() + " powers");
        lines.add("");
        Columns table = new Columns("who", "may", "whom", "on these terms", "provisions");
        for (Power p : map.powers()) {
            table.add(p.actor().label(), p.act().label(), p.target().label(), PowerTerms.fields(p), References.of(p.citations()));
        }
        lines.addAll(table.lines());
        return lines;
    }

    public static List<String> of(PowerDiff diff) {
        List<String> lines = new ArrayList<>();
        lines.add("Powers on " + diff.from() + " and on " + diff.to() + ": " + diff.changes().size() + " changes"
                + " (of " + diff.before().size() + " and " + diff.after().size() + " powers)");
        lines.add("");
        Columns table = new Columns("change", "who", "may", "whom", "caused by");
        List<PowerChange> reworded = new ArrayList<>();
        for (PowerChange c : diff.changes()) {
            if (c.kind() == PowerChange.Kind.REWORDED) {
                reworded.add(c);
            } else {
                table.add(c.kind().label(), c.actor().label(), c.act().label(), c.target().label(), Amendments.say(c.laws(), kz.atazan.text.Words.in(kz.atazan.model.Language.EN)));
            }
        }
        lines.addAll(table.lines());
        lines.add("");
        lines.add("terms and provisions, on " + diff.from() + " -> on " + diff.to() + ":");
        for (PowerChange c : diff.changes()) {
            if (c.kind() != PowerChange.Kind.REWORDED) {
                lines.add("  " + c.key());
                lines.add("    " + c.before().map(PowerTerms::fields).orElse("no such power") + "  (" + PowerTerms.provisionsBefore(c) + ")");
                lines.add("    -> " + c.after().map(PowerTerms::fields).orElse("no such power") + "  (" + PowerTerms.provisionsAfter(c) + ")");
            }
        }
        if (!reworded.isEmpty()) {
            lines.add("");
            lines.add("the same terms in a new wording (" + reworded.size() + "):");
            for (PowerChange c : reworded) {
                lines.add("  " + c.key() + ": " + PowerTerms.provisionsAfter(c) + " (" + Amendments.say(c.laws(), kz.atazan.text.Words.in(kz.atazan.model.Language.EN)) + ")");
            }
        }
        return lines;
    }

    static String constitution(PowerMap map) {
        return Constitution.on(map.date()).map(c -> c.title() + " as in force on that date").orElse("no constitution in force");
    }
}
