package kz.atazan.teaching;

import kz.atazan.model.Action;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Condition;
import kz.atazan.model.Tally;
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

    /** As a term of a power: "with the consent of the Senate". */
    String term(Words words);

    /**
     * Meet a condition a provision attaches; {@code members} is the body's size for a vote or
     * initiative; {@code subject} what a proposal is of ({@link Words#proposalSubject}).
     */
    record Fulfil(Condition condition, int members, String subject) implements Change {

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
        public String instruction(Words words) {
            return words.say("instruction." + kind(), arguments());
        }

        @Override
        public String term(Words words) {
            return words.say("term." + kind(), arguments());
        }

        private String kind() {
            if (condition instanceof Condition.Consent) {
                return "consent";
            }
            if (condition instanceof Condition.Proposal) {
                return "proposal";
            }
            if (condition instanceof Condition.Consultation) {
                return "consultation";
            }
            if (condition instanceof Condition.Opinion) {
                return "opinion";
            }
            if (condition instanceof Condition.Candidates) {
                return "candidates";
            }
            return condition instanceof Condition.Vote ? "vote" : "initiative";
        }

        private Object[] arguments() {
            if (condition instanceof Condition.Consent c) {
                return new Object[] {"body", c.of()};
            }
            if (condition instanceof Condition.Proposal p) {
                return new Object[] {"body", p.by(), "subject", subject};
            }
            if (condition instanceof Condition.Consultation c) {
                return new Object[] {"body", c.with()};
            }
            if (condition instanceof Condition.Opinion o) {
                return new Object[] {"body", o.of()};
            }
            if (condition instanceof Condition.Candidates c) {
                return new Object[] {"needed", c.atLeast()};
            }
            if (condition instanceof Condition.Vote v) {
                return new Object[] {"body", v.body(), "threshold", v.threshold(), "needed", v.threshold().smallestNumber(members), "members", members};
            }
            Condition.Initiative i = (Condition.Initiative) condition;
            return new Object[] {"body", i.body(), "threshold", i.threshold(), "needed", i.threshold().smallestNumber(members), "members", members};
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

    }

    /** Act when a circumstance no longer holds. */
    record Without(Circumstance circumstance) implements Change {
        @Override
        public Action applyTo(Action a) {
            return a.withCircumstance(circumstance, false);
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
        public String term(Words words) {
            return words.say("term.without", "circumstance", circumstance);
        }
    }

    /** Act only when a circumstance holds (the last resort: it is not in the actor's hands). */
    record With(Circumstance circumstance) implements Change {
        @Override
        public Action applyTo(Action a) {
            return a.withCircumstance(circumstance, true);
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
        public String term(Words words) {
            return words.say("term.with", "circumstance", circumstance);
        }
    }

    /** Choose a person of whom the fact is not true. */
    record OtherPerson(PersonFact fact) implements Change {
        @Override
        public Action applyTo(Action a) {
            return a.withAppointee(fact.undo(a.appointee()));
        }

        @Override
        public String instruction(Words words) {
            return words.say("instruction.other-person", "fact", words.person(fact.field()));
        }

        @Override
        public String field() {
            return "appointee: {" + fact.field() + ": " + (fact == PersonFact.TERMS_IN_A_ROW ? "0" : "false") + "}";
        }

        @Override
        public String term(Words words) {
            return words.say("term.other-person", "fact", words.person(fact.field()));
        }
    }
}
