package kz.atazan.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a reason rests on, as data: the presentation layer says it in each language, the engine never
 * does. A reason of a rule that grants, denies, forbids or leaves open rests on the rule itself
 * ({@link Ruled}); the others carry the facts their sentence needs.
 */
public sealed interface Ground {

    /** What the rule decides, as its summary says it (in each language, beside the rule). */
    record Ruled() implements Ground {}

    /** How the action stands against a condition the rule attaches; a count where the condition counts. */
    record Tested(Condition condition, boolean met, Optional<Count> count) implements Ground {}

    /** The organ or office did not exist on that date. */
    record Absent(Entity institution, LocalDate date) implements Ground {}

    /** The body had this many deputies on the action's date. */
    record Size(Entity body, int seats) implements Ground {}

    /** No rule in force speaks to the action: no power given, none withheld. */
    record Unspoken(Entity actor, Act act, Entity target) implements Ground {}

    /** The date lies outside the days the rules model. */
    record Outside(Why why, LocalDate date, Period modelled, Optional<Constitution> inForce) implements Ground {

        public enum Why {
            /** Before the Constitution of 1995 existed. */
            NO_CONSTITUTION,
            /** The constitution in force, in a wording earlier than the first the rules model. */
            BEFORE_MODELLED,
            /** A constitution the rules do not model at all. */
            CONSTITUTION_NOT_MODELLED,
            /** After the last day the rules model. */
            AFTER_MODELLED
        }
    }
}
