package kz.atazan.engine;

import java.util.Optional;
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
}
