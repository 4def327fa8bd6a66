package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Condition;
import kz.atazan.model.Entity;
import kz.atazan.model.PersonField;
import kz.atazan.scenario.ActionArguments;
import kz.atazan.scenario.ActionFields;
import kz.atazan.text.Sentence;
import kz.atazan.text.Words;

/**
 * One change to an action that may make it constitutional: meet a condition the rules attach,
 * take away a circumstance or a fact about the person, or (failing those) have a circumstance hold.
 * Each says what a student would do, in a language and in the fields of a scenario file.
 */
sealed interface Change {

    Action applyTo(Action action);

    /** What to do: "obtain the consent of the Senate". */
    String instruction(Words words);

    /** The same in the scenario vocabulary: "consents: [senate]". */
    String field();

    /** The same as options of 'check': "--consent senate". */
    String option();

    /** As a term of a power: "with the consent of the Senate". */
    String term(Words words);

    /**
     * Meet a condition a provision attaches; {@code members} is the body's size for a vote or
     * initiative; {@code subject} what a proposal is of ({@link Words#proposalSubject}).
     */
    record Fulfil(Condition condition, int members, String subject) implements Change {

        /** Any action: the carrier on which a condition's own field is written. */
        private static final Action CARRIER = Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.PRESIDENT, LocalDate.of(2023, 1, 1));

        @Override
        public Action applyTo(Action a) {
            return condition.met(a, members);
        }

        @Override
        public String instruction(Words words) {
            return words.say("instruction." + kind(), arguments());
        }

        @Override
        public String term(Words words) {
            return words.say("term." + kind(), arguments());
        }

        /** The message of the condition's kind: instruction.consent, term.vote, ... */
        private String kind() {
            return switch (condition.field()) {
                case CONSENTS -> "consent";
                case PROPOSED_BY -> "proposal";
                case CONSULTED -> "consultation";
                case OPINIONS -> "opinion";
                case CANDIDATES -> "candidates";
                case VOTES -> condition.party().orElseThrow() == Entity.VOTERS ? "vote.voters" : "vote";
                case INITIATIVE -> "initiative";
                case TURNOUT -> "turnout";
                case REGIONS -> "regions";
                default -> throw new IllegalStateException("no condition is stated in " + condition.field());
            };
        }

        private Object[] arguments() {
            int needed = condition.share().map(t -> t.smallestNumber(members))
                    .orElseGet(() -> condition.met(CARRIER, members).candidates());
            return new Object[] {"body", condition.party().orElse(null), "subject", subject,
                    "threshold", condition.share().orElse(null), "needed", new Sentence.Grouped(needed), "members", new Sentence.Grouped(members)};
        }

        @Override
        public String field() {
            return ActionFields.written(condition.field(), condition.met(CARRIER, members));
        }

        @Override
        public String option() {
            String option = condition.field().option();
            return ActionArguments.of(condition.met(CARRIER, members)).getOrDefault(option, List.of()).stream()
                    .map(value -> "--" + option + " " + value).collect(Collectors.joining(" "));
        }

    }

    /** Act when a circumstance no longer holds. */
    record Without(Circumstance circumstance) implements Change {
        @Override
        public Action applyTo(Action a) {
            return a.with(b -> b.circumstance(circumstance, false));
        }

        @Override
        public String instruction(Words words) {
            return words.say("instruction.without", "circumstance", circumstance);
        }

        @Override
        public String field() {
            // the scenario's list, from holding the circumstance to not holding it
            return "circumstances: [" + circumstance.label() + "] -> []";
        }

        @Override
        public String option() {
            return "without --circumstance " + circumstance.label();
        }

        @Override
        public String term(Words words) {
            return words.say("term.without", "circumstance", circumstance);
        }
    }

    /** Act only when a circumstance holds (the last resort: it is not in the actor's hands). */
    record With(Circumstance circumstance) implements Change {
        @Override
        public Action applyTo(Action a) {
            return a.with(b -> b.circumstance(circumstance, true));
        }

        @Override
        public String instruction(Words words) {
            return words.say("instruction.with", "circumstance", circumstance);
        }

        @Override
        public String field() {
            return "circumstances: [" + circumstance.label() + "]";
        }

        @Override
        public String option() {
            return "--circumstance " + circumstance.label();
        }

        @Override
        public String term(Words words) {
            return words.say("term.with", "circumstance", circumstance);
        }
    }

    /** Choose a person of whom the fact is not true. */
    record OtherPerson(PersonField fact) implements Change {
        @Override
        public Action applyTo(Action a) {
            return a.with(b -> b.appointee(fact.undone(a.appointee())));
        }

        @Override
        public String instruction(Words words) {
            return words.say("instruction.other-person", "fact", words.person(fact.key()), "code", fact.key());
        }

        @Override
        public String field() {
            return "appointee: {" + fact.key() + ": " + fact.unstated() + "}";
        }

        @Override
        public String option() {
            return "--" + fact.option() + "=" + fact.unstated();
        }

        @Override
        public String term(Words words) {
            return words.say("term.other-person", "fact", words.person(fact.key()));
        }
    }
}
