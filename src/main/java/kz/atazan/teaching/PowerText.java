package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.List;
import kz.atazan.model.Constitution;
import kz.atazan.model.Language;
import kz.atazan.text.Words;

/** A power map, or the difference between two, as a table in a terminal: who, the act and whom as codes of the scenario vocabulary, the terms and provisions in words. */
public final class PowerText {

    private PowerText() {}

    public static List<String> of(PowerMap map) {
        return of(map, Words.in(Language.EN));
    }

    public static List<String> of(PowerMap map, Words words) {
        List<String> lines = new ArrayList<>();
        lines.add(words.say("powers.heading", "date", map.date(), "law", constitution(map, words), "n", map.size()));
        lines.add("");
        Columns table = new Columns(words.say("powers.column.who"), words.say("powers.column.may"), words.say("powers.column.whom"),
                words.say("powers.column.terms"), words.say("powers.column.provisions"));
        for (Power p : map.powers()) {
            table.add(p.actor().label(), p.act().label(), p.target().label(), PowerTerms.words(p, words), words.references(p.citations()));
        }
        lines.addAll(table.lines());
        return lines;
    }

    public static List<String> of(PowerDiff diff) {
        return of(diff, Words.in(Language.EN));
    }

    public static List<String> of(PowerDiff diff, Words words) {
        List<String> lines = new ArrayList<>();
        lines.add(words.say("powers.diff.heading", "from", diff.from(), "to", diff.to(), "n", diff.changes().size(),
                "before", diff.before().size(), "after", diff.after().size()));
        lines.add("");
        Columns table = new Columns(words.say("powers.column.change"), words.say("powers.column.who"), words.say("powers.column.may"),
                words.say("powers.column.whom"), words.say("powers.column.caused-by"));
        List<PowerChange> reworded = new ArrayList<>();
        for (PowerChange c : diff.changes()) {
            if (c.kind() == PowerChange.Kind.REWORDED) {
                reworded.add(c);
            } else {
                table.add(c.kind().label(words), c.actor().label(), c.act().label(), c.target().label(), Amendments.say(c.laws(), words));
            }
        }
        lines.addAll(table.lines());
        lines.add("");
        lines.add(words.say("powers.diff.terms", "from", diff.from(), "to", diff.to()));
        for (PowerChange c : diff.changes()) {
            if (c.kind() != PowerChange.Kind.REWORDED) {
                lines.add("  " + c.key());
                lines.add("    " + c.before().map(p -> PowerTerms.words(p, words)).orElseGet(() -> PowerTerms.without(c.againstBefore(), words)) + "  (" + PowerTerms.provisionsBefore(c, words) + ")");
                lines.add("    → " + c.after().map(p -> PowerTerms.words(p, words)).orElseGet(() -> PowerTerms.without(c.againstAfter(), words)) + "  (" + PowerTerms.provisionsAfter(c, words) + ")");
            }
        }
        if (!reworded.isEmpty()) {
            lines.add("");
            lines.add(words.say("powers.diff.reworded", "n", reworded.size()));
            for (PowerChange c : reworded) {
                lines.add("  " + c.key() + ": " + PowerTerms.provisionsAfter(c, words) + " (" + Amendments.say(c.laws(), words) + ")");
            }
        }
        return lines;
    }

    /** "the Constitution of 1995 as in force on that date", or that none was. */
    static String constitution(PowerMap map, Words words) {
        return Constitution.on(map.date()).map(c -> words.say("powers.law", "constitution", c)).orElse(words.say("powers.law.none"));
    }
}
