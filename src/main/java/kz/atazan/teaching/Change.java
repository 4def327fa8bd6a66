package kz.atazan.teaching;

import kz.atazan.model.Action;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Condition;
import kz.atazan.model.Tally;

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

        @Override
        public Action applyTo(Action a) {
            if (condition instanceof Condition.Consent c) {
                return a.withConsent(c.of(), true);
            }
            if (condition instanceof Condition.Proposal p) {
                return a.withProposer(p.by());
            }
            if (condition instanceof Condition.Consultation c) {
                return a.withConsultation(c.with(), true);
            }
            if (condition instanceof Condition.Opinion o) {
                return a.withOpinion(o.of(), true);
            }
            if (condition instanceof Condition.Candidates c) {
                return a.withCandidates(Math.max(a.candidates(), c.atLeast()));
            }
            if (condition instanceof Condition.Vote v) {
                return a.withVote(v.body(), new Tally(v.threshold().smallestNumber(members), members));
            }
            Condition.Initiative i = (Condition.Initiative) condition;
            return a.withInitiative(new Tally(i.threshold().smallestNumber(members), members));
        }

        @Override
        public String instruction() {
            if (condition instanceof Condition.Consent c) {
                return "obtain the consent of " + c.of().meaning();
            }
            if (condition instanceof Condition.Proposal p) {
                return (ofInstrument ? "have it presented or proposed by " : "have the candidate proposed by ") + p.by().meaning();
            }
            if (condition instanceof Condition.Consultation c) {
                return "hold consultations with " + c.with().meaning();
            }
            if (condition instanceof Condition.Opinion o) {
                return "obtain the opinion of " + o.of().meaning();
            }
            if (condition instanceof Condition.Candidates c) {
                return "put forward at least " + c.atLeast() + " candidates";
            }
            if (condition instanceof Condition.Vote v) {
                return "win the votes of at least " + v.threshold().smallestNumber(members) + " of the " + members + " deputies of "
                        + v.body().meaning() + " (" + v.threshold().words() + ")";
            }
            Condition.Initiative i = (Condition.Initiative) condition;
            return "have at least " + i.threshold().smallestNumber(members) + " of the " + members + " deputies of " + i.body().meaning()
                    + " initiate it (" + i.threshold().words() + ")";
        }

        @Override
        public String field() {
            if (condition instanceof Condition.Consent c) {
                return "consents: [" + c.of().label() + "]";
            }
            if (condition instanceof Condition.Proposal p) {
                return "proposedBy: " + p.by().label();
            }
            if (condition instanceof Condition.Consultation c) {
                return "consulted: [" + c.with().label() + "]";
            }
            if (condition instanceof Condition.Opinion o) {
                return "opinions: [" + o.of().label() + "]";
            }
            if (condition instanceof Condition.Candidates c) {
                return "candidates: " + c.atLeast();
            }
            if (condition instanceof Condition.Vote v) {
                return "votes: {" + v.body().label() + ": {for: " + v.threshold().smallestNumber(members) + ", of: " + members + "}}";
            }
            Condition.Initiative i = (Condition.Initiative) condition;
            return "initiative: {for: " + i.threshold().smallestNumber(members) + ", of: " + members + "}";
        }

        @Override
        public String term() {
            if (condition instanceof Condition.Consent c) {
                return "with the consent of " + c.of().meaning();
            }
            if (condition instanceof Condition.Proposal p) {
                return "on the proposal of " + p.by().meaning();
            }
            if (condition instanceof Condition.Consultation c) {
                return "after consultations with " + c.with().meaning();
            }
            if (condition instanceof Condition.Opinion o) {
                return "with the opinion of " + o.of().meaning();
            }
            if (condition instanceof Condition.Candidates c) {
                return "from at least " + c.atLeast() + " candidates";
            }
            if (condition instanceof Condition.Vote v) {
                return "by " + v.threshold().words() + " of " + v.body().meaning();
            }
            Condition.Initiative i = (Condition.Initiative) condition;
            return "on the initiative of " + i.threshold().words() + " of " + i.body().meaning();
        }
    }

    /** Act when a circumstance no longer holds. */
    record Without(Circumstance circumstance) implements Change {
        @Override
        public Action applyTo(Action a) {
            return a.withCircumstance(circumstance, false);
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
            return a.withCircumstance(circumstance, true);
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
    record OtherPerson(PersonFact fact) implements Change {
        @Override
        public Action applyTo(Action a) {
            return a.withAppointee(fact.undo(a.appointee()));
        }

        @Override
        public String instruction() {
            return "choose a person who is not " + fact.words();
        }

        @Override
        public String field() {
            return "appointee: {" + fact.field() + ": " + (fact == PersonFact.TERMS_IN_A_ROW ? "0" : "false") + "}";
        }

        @Override
        public String term() {
            return "not for " + fact.words();
        }
    }
}
