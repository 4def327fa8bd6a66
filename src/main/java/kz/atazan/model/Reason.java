package kz.atazan.model;

import java.util.Optional;

/**
 * One reason behind a verdict, as data: how a provision bears on the action (its effect), the rule
 * that says so (its citation: id, provision, edition, summaries), and what it rests on (its ground:
 * the condition and its count, the office absent, the body's size, or why no rule could speak).
 * Never a sentence: the presentation layer ({@code kz.atazan.text}) says it in each language.
 *
 * @param citation the rule's citation; absent only for reasons the engine gives when no rule could
 *     speak (a date outside the modelled constitutions, an action no rule covers)
 * @param decisive whether the verdict rests on this reason
 */
public record Reason(Effect effect, Optional<Citation> citation, boolean decisive, Ground ground) {

    public static Reason of(Effect effect, Citation citation, Ground ground) {
        return new Reason(effect, Optional.of(citation), false, ground);
    }

    public static Reason uncited(Effect effect, Ground ground) {
        return new Reason(effect, Optional.empty(), true, ground);
    }

    public Reason decisive(boolean isDecisive) {
        return new Reason(effect, citation, isDecisive, ground);
    }

    public Optional<Provision> provision() {
        return citation.map(Citation::provision);
    }

    /** The rule's stable id, if a rule gave this reason. */
    public Optional<String> ruleId() {
        return citation.map(Citation::id);
    }
}
