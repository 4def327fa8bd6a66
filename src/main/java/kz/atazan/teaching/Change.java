package kz.atazan.teaching;

import java.time.LocalDate;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Condition;
import kz.atazan.model.Entity;
import kz.atazan.model.PersonField;
import kz.atazan.scenario.ActionFields;

/**
 * One change to an action that may make it constitutional: meet a condition the rules attach,
 * take away a circumstance or a fact about the person, or (failing those) have a circumstance hold.
 * Each says what a student would do, in English and in the fields of a scenario file.
 */
sealed interface Change {

    Action applyTo(Action action);

    /** What to do: "obtain the consent of the Senate of Parliament". */
    String instruction();

    /** The same in the scenario vocabulary: "consents: [senate]". */
    String field();

    /** As a term of a power: "with the consent of the Senate of Parliament". */
    String term();

    /** Meet a condition a provision attaches; {@code members} is the body's size for a vote or initiative. */
    record Fulfil(Condition condition, int members, boolean ofInstrument) implements Change {

        /** Any action: the carrier on which a condition's own field is written. */
        private static final Action CARRIER = Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.PRESIDENT, LocalDate.of(2023, 1, 1));

        @Override
        public Action applyTo(Action a) {
            return condition.met(a, members);
        }

        @Override
        public String instruction() {
            return condition.instruction(members, ofInstrument);
        }

        @Override
        public String field() {
            return ActionFields.written(condition.field(), condition.met(CARRIER, members));
        }

        @Override
        public String term() {
            return condition.term();
        }
    }

    /** Act when a circumstance no longer holds. */
    record Without(Circumstance circumstance) implements Change {
        @Override
        public Action applyTo(Action a) {
            return a.with(b -> b.circumstance(circumstance, false));
        }

        @Override
        public String instruction() {
            return "act at a time when this no longer holds: " + circumstance.meaning();
        }

        @Override
        public String field() {
            return "circumstances: without " + circumstance.label();
        }

        @Override
        public String term() {
            return "not when " + circumstance.meaning();
        }
    }

    /** Act only when a circumstance holds (the last resort: it is not in the actor's hands). */
    record With(Circumstance circumstance) implements Change {
        @Override
        public Action applyTo(Action a) {
            return a.with(b -> b.circumstance(circumstance, true));
        }

        @Override
        public String instruction() {
            return "act only when " + circumstance.meaning();
        }

        @Override
        public String field() {
            return "circumstances: [" + circumstance.label() + "]";
        }

        @Override
        public String term() {
            return "only when " + circumstance.meaning();
        }
    }

    /** Choose a person of whom the fact is not true. */
    record OtherPerson(PersonField fact) implements Change {
        @Override
        public Action applyTo(Action a) {
            return a.with(b -> b.appointee(fact.undone(a.appointee())));
        }

        @Override
        public String instruction() {
            return "choose a person who is not " + fact.words();
        }

        @Override
        public String field() {
            return "appointee: {" + fact.key() + ": " + fact.unstated() + "}";
        }

        @Override
        public String term() {
            return "not for " + fact.words();
        }
    }
}
