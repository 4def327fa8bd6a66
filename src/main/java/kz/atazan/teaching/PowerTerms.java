package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            if (s.change() instanceof Change.Fulfil f && listed(f.condition()) != null) {
                grouped.computeIfAbsent(listed(f.condition()), k -> new ArrayList<>()).add(entity(f.condition()));
            } else if (s.change() instanceof Change.Fulfil f && f.condition() instanceof Condition.Vote v) {
                grouped.computeIfAbsent("vote of " + v.body().label() + ": " + v.threshold().words(), k -> new ArrayList<>());
            } else if (s.change() instanceof Change.Fulfil f && f.condition() instanceof Condition.Initiative i) {
                grouped.computeIfAbsent("initiative of " + i.threshold().words().replace(" all the deputies", " " + i.body().label()),
                        k -> new ArrayList<>());
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
                grouped.computeIfAbsent("not for", k -> new ArrayList<>()).add(o.fact().field());
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

    /** The scenario field that lists bodies for a condition, or null if the condition is not such a list. */
    private static String listed(Condition c) {
        if (c instanceof Condition.Consent) {
            return "consents";
        }
        if (c instanceof Condition.Consultation) {
            return "consulted";
        }
        if (c instanceof Condition.Opinion) {
            return "opinions";
        }
        if (c instanceof Condition.Proposal) {
            return "proposedBy";
        }
        return null;
    }

    private static String entity(Condition c) {
        if (c instanceof Condition.Consent x) {
            return x.of().label();
        }
        if (c instanceof Condition.Consultation x) {
            return x.with().label();
        }
        if (c instanceof Condition.Opinion x) {
            return x.of().label();
        }
        return ((Condition.Proposal) c).by().label();
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
