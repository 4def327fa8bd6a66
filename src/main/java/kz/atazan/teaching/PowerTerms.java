package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.atazan.model.ActionField;
import kz.atazan.model.Condition;
import kz.atazan.model.Verdict;

/** How a power's terms read: in the scenario vocabulary for a table, in English for a page. */
final class PowerTerms {

    private PowerTerms() {}

    /**
     * "consents: [senate]; candidates: 2; not when: state-of-emergency, martial-law", or "alone" when
     * nothing is attached: the terms in the fields and names of a scenario file, alike ones together.
     */
    static String fields(Power p) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (Step s : p.terms()) {
            if (s.change() instanceof Change.Fulfil f) {
                Condition c = f.condition();
                switch (c.field().shape()) {
                    case NAME, NAMES -> grouped.computeIfAbsent(c.field().key(), k -> new ArrayList<>()).add(c.party().orElseThrow().label());
                    case VOTES, TALLY -> grouped.computeIfAbsent(c.field() == ActionField.VOTES
                            ? "vote of " + c.party().orElseThrow().label() + ": " + threshold(c)
                            : "initiative of " + threshold(c).replace(" all the deputies", " " + c.party().orElseThrow().label()),
                            k -> new ArrayList<>());
                    default -> grouped.computeIfAbsent(f.field(), k -> new ArrayList<>());
                }
            } else if (s.change() instanceof Change.With w) {
                grouped.computeIfAbsent("only when", k -> new ArrayList<>()).add(w.circumstance().label());
            } else {
                grouped.computeIfAbsent(s.change().field(), k -> new ArrayList<>());
            }
        }
        for (Step s : p.bars()) {
            if (s.change() instanceof Change.Without w) {
                grouped.computeIfAbsent("not when", k -> new ArrayList<>()).add(w.circumstance().label());
            } else if (s.change() instanceof Change.OtherPerson o) {
                grouped.computeIfAbsent("not for", k -> new ArrayList<>()).add(o.fact().key());
            }
        }
        List<String> parts = new ArrayList<>();
        grouped.forEach((key, values) -> parts.add(values.isEmpty() ? key
                : key.endsWith("s") ? key + ": [" + String.join(", ", values) + "]" : key + ": " + String.join(", ", values)));
        if (p.verdict() == Verdict.UNDETERMINED) {
            parts.add("undetermined");
        }
        return parts.isEmpty() ? "alone" : String.join("; ", parts);
    }

    /** A vote's or an initiative's threshold in words. */
    private static String threshold(Condition c) {
        return c.share().orElseThrow().words();
    }

    /** "with the consent of the Senate of Parliament; not when ...", or "on its own, no one's consent needed". */
    static String words(Power p) {
        List<String> words = p.termWords(kz.atazan.text.Words.in(kz.atazan.model.Language.EN));
        return words.isEmpty() ? "on its own: no condition attached" : String.join("; ", words);
    }

    static String provisionsBefore(PowerChange c) {
        return c.before().map(p -> References.of(p.citations())).orElse(c.reasonsBefore().isEmpty() ? "no power" : c.reasonsBefore());
    }

    static String provisionsAfter(PowerChange c) {
        return c.after().map(p -> References.of(p.citations())).orElse(c.reasonsAfter().isEmpty() ? "no power" : c.reasonsAfter());
    }
}
