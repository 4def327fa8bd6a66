package kz.atazan.model;

import java.util.Optional;

/**
 * One reason behind a verdict: what a provision decided about the action, or why nothing did.
 *
 * @param citation the rule's citation; absent only for reasons the engine gives when no rule could
 *     speak (a date outside the modelled constitutions, an action no rule covers)
 * @param decisive whether the verdict rests on this reason
 */
public record Reason(Effect effect, String explanation, Optional<Citation> citation, boolean decisive) {

    public static Reason of(Effect effect, String explanation, Citation citation) {
        return new Reason(effect, explanation, Optional.of(citation), false);
    }

    public static Reason uncited(Effect effect, String explanation) {
        return new Reason(effect, explanation, Optional.empty(), true);
    }

    public Reason decisive(boolean isDecisive) {
        return new Reason(effect, explanation, citation, isDecisive);
    }

    public Optional<Provision> provision() {
        return citation.map(Citation::provision);
    }
}
