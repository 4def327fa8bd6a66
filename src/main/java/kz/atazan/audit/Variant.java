package kz.atazan.audit;

import java.util.Optional;
import java.util.Set;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Finding;
import kz.atazan.model.Period;

/**
 * A change to how the compiled rules behave, made without recompiling them: a rule's window moved,
 * a rule dropped, or one of the findings it inserts dropped or replaced. Mutation testing uses it
 * for every mutant that does not touch a rule's conditions (see {@code Mutants}).
 */
public interface Variant {

    /** The rules as written. */
    Variant NONE = new Variant() { };

    /** The days the rule applies on; empty to drop the rule. */
    default Optional<Period> window(String ruleKey, Citation citation) {
        return Optional.of(citation.inForce());
    }

    /**
     * What the rule's {@code index}-th insertion (counting from 0 within one firing) becomes; empty
     * to drop it.
     */
    default Optional<Finding> inserted(String ruleKey, int index, Finding finding) {
        return Optional.of(finding);
    }

    /**
     * The action as the rule sees it: the action itself, another (a rule whose actor was swapped
     * sees the swapped-in actor as its own), or none (the rule does not see the action at all).
     */
    default Optional<Action> seenBy(String ruleKey, Action action) {
        return Optional.of(action);
    }

    /** The rules whose view of an action {@link #seenBy} may change: they are judged apart. */
    default Set<String> rewritten() {
        return Set.of();
    }
}
