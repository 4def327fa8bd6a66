package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.atazan.model.Condition;
import kz.atazan.model.Language;
import kz.atazan.model.Reason;
import kz.atazan.model.Verdict;
import kz.atazan.text.Words;

/** How a power's terms read: in the scenario vocabulary for a table, in words for a page. */
final class PowerTerms {

    private PowerTerms() {}

    /** The terms in the scenario vocabulary, in English (what two maps are compared on). */
    static String fields(Power p) {
        return fields(p, Words.in(Language.EN));
    }

    /**
     * "consents: [senate]; candidates: 2; not when: [state-of-emergency, martial-law]", or "alone" when
     * nothing is attached: the terms in the fields and names of a scenario file, alike ones together;
     * what is not a field (a vote's threshold, "not when") is said in the language.
     */
    static String fields(Power p, Words words) {
        // a group: the message that says it (or a field written as it stands), and the codes it lists
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        for (Step s : p.terms()) {
            if (s.change() instanceof Change.Fulfil f) {
                Condition c = f.condition();
                switch (c.field().shape()) {
                    case NAME, NAMES -> grouped.computeIfAbsent(c.field().key(), k -> new ArrayList<>()).add(c.party().orElseThrow().label());
                    case VOTES, TALLY -> grouped.computeIfAbsent(words.say(switch (c.field()) {
                                case VOTES -> "powers.fields.vote";
                                case TURNOUT -> "powers.fields.turnout";
                                case REGIONS -> "powers.fields.regions";
                                default -> "powers.fields.initiative";
                            },
                            "code", c.party().orElseThrow().label(), "threshold", c.share().orElseThrow()), k -> new ArrayList<>());
                    default -> grouped.computeIfAbsent(f.field(), k -> new ArrayList<>());
                }
            } else if (s.change() instanceof Change.With w) {
                messages.putIfAbsent("only-when", "powers.fields.only-when");
                grouped.computeIfAbsent("only-when", k -> new ArrayList<>()).add(w.circumstance().label());
            } else {
                grouped.computeIfAbsent(s.change().field(), k -> new ArrayList<>());
            }
        }
        for (Step s : p.bars()) {
            if (s.change() instanceof Change.Without w) {
                messages.putIfAbsent("not-when", "powers.fields.not-when");
                grouped.computeIfAbsent("not-when", k -> new ArrayList<>()).add(w.circumstance().label());
            } else if (s.change() instanceof Change.OtherPerson o) {
                messages.putIfAbsent("not-for", "powers.fields.not-for");
                grouped.computeIfAbsent("not-for", k -> new ArrayList<>()).add(o.fact().key());
            }
        }
        List<String> parts = new ArrayList<>();
        grouped.forEach((key, values) -> {
            if (messages.containsKey(key)) {
                parts.add(words.say(messages.get(key), "names", String.join(", ", values)));
            } else if (values.isEmpty()) {
                parts.add(key);
            } else {
                parts.add(key.endsWith("s") ? key + ": [" + String.join(", ", values) + "]" : key + ": " + String.join(", ", values));
            }
        });
        if (p.verdict() == Verdict.UNDETERMINED) {
            parts.add(words.verdict(Verdict.UNDETERMINED));
        }
        return parts.isEmpty() ? words.say("powers.fields.alone") : String.join("; ", parts);
    }

    /** "with the consent of the Senate; not when ...", or "alone, subject to no condition". */
    static String words(Power p, Words words) {
        List<String> said = p.termWords(words);
        return said.isEmpty() ? words.say("powers.terms.alone") : String.join("; ", said);
    }

    static String provisionsBefore(PowerChange c, Words words) {
        return c.before().map(p -> words.references(p.citations()))
                .orElse(c.againstBefore().isEmpty() ? words.say("powers.no-power") : against(c.againstBefore(), words));
    }

    static String provisionsAfter(PowerChange c, Words words) {
        return c.after().map(p -> words.references(p.citations()))
                .orElse(c.againstAfter().isEmpty() ? words.say("powers.no-power") : against(c.againstAfter(), words));
    }

    /**
     * The side of a change on which the power is not found: "no such power" when a provision withholds
     * it, "undetermined" (as check answers) when no provision modelled speaks to it.
     */
    static String without(List<Reason> against, Words words) {
        boolean unspoken = against.isEmpty() || against.stream().allMatch(r -> r.citation().isEmpty());
        return unspoken ? words.verdict(Verdict.UNDETERMINED) : words.say("powers.none");
    }

    /** What stands against an action, as lawyers cite it: "Art. 87(4), Constitution of 1995 (gives no such power)". */
    static String against(List<Reason> reasons, Words words) {
        return String.join("; ", reasons.stream()
                .map(r -> r.citation().map(c -> words.say("powers.against", "reference", words.reference(c), "effect", words.effect(r.effect())))
                        .orElse(words.say("powers.against.unspoken")))
                .distinct().toList());
    }
}
