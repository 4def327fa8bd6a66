package kz.atazan.model;

/** A condition a provision attaches to a power, and whether an action meets it. */
public sealed interface Condition {

    boolean isMetBy(Situation situation);

    /** One clause a student can read, for an action that meets the condition or not. */
    String describe(Situation situation);

    /**
     * Whether the condition needs the body to act (consent, vote, propose, be consulted, give an
     * opinion), so that a rule can find the actions that need a body that does not sit yet.
     */
    boolean concerns(Entity body);

    record Consent(Entity of) implements Condition {
        @Override
        public boolean concerns(Entity body) {
            return of == body;
        }

        @Override
        public boolean isMetBy(Situation situation) {
            return situation.action().consents().contains(of);
        }

        @Override
        public String describe(Situation situation) {
            return "the consent of " + of.meaning() + (isMetBy(situation) ? " was obtained" : " was not obtained");
        }
    }

    record Proposal(Entity by) implements Condition {
        @Override
        public boolean concerns(Entity body) {
            return by == body;
        }

        @Override
        public boolean isMetBy(Situation situation) {
            return situation.action().proposedBy() == by;
        }

        @Override
        public String describe(Situation situation) {
            // an instrument (a law, amendments) is presented or proposed; a person is a candidate
            String subject = situation.action().target().is(Kind.INSTRUMENT) ? "it" : "the candidate";
            String verb = situation.action().target().is(Kind.INSTRUMENT) ? " presented or proposed by " : " proposed by ";
            return subject + (isMetBy(situation) ? " was" : " was not") + verb + by.meaning();
        }
    }

    record Consultation(Entity with) implements Condition {
        @Override
        public boolean concerns(Entity body) {
            return with == body;
        }

        @Override
        public boolean isMetBy(Situation situation) {
            return situation.action().consulted().contains(with);
        }

        @Override
        public String describe(Situation situation) {
            return (isMetBy(situation) ? "consultations were held with " : "no consultations were held with ") + with.meaning();
        }
    }

    record Candidates(int atLeast) implements Condition {
        @Override
        public boolean concerns(Entity body) {
            return false;
        }

        @Override
        public boolean isMetBy(Situation situation) {
            return situation.action().candidates() >= atLeast;
        }

        @Override
        public String describe(Situation situation) {
            int put = situation.action().candidates();
            String count = put + (put == 1 ? " candidate was" : " candidates were");
            return isMetBy(situation)
                    ? count + " put forward (at least " + atLeast + " required)"
                    : "only " + count + " put forward; at least " + atLeast + " are required";
        }
    }

    /** An opinion (заключение) of a body obtained before acting. */
    record Opinion(Entity of) implements Condition {
        @Override
        public boolean concerns(Entity body) {
            return of == body;
        }

        @Override
        public boolean isMetBy(Situation situation) {
            return situation.action().opinions().contains(of);
        }

        @Override
        public String describe(Situation situation) {
            return "the opinion of " + of.meaning() + (isMetBy(situation) ? " was obtained" : " was not obtained");
        }
    }

    /**
     * A vote of a body reaching a threshold. A body whose vote the scenario does not state is taken
     * to have decided as the text requires: the action says it acted. The vote is counted against
     * the body's size on that date where the text fixes it (see {@link Seats}).
     */
    record Vote(Entity body, Threshold threshold) implements Condition {
        @Override
        public boolean concerns(Entity body) {
            return this.body == body;
        }

        @Override
        public boolean isMetBy(Situation situation) {
            Tally tally = situation.action().votes().get(body);
            return tally == null || threshold.reachedBy(tally.yes(), situation.countedOn(body, tally, threshold));
        }

        @Override
        public String describe(Situation situation) {
            Tally tally = situation.action().votes().get(body);
            if (tally == null) {
                return "no vote of " + body.meaning() + " was stated: it is taken to have decided by " + threshold.words();
            }
            return Counting.describe(body, tally, threshold, situation, isMetBy(situation), "voted for");
        }
    }

    /** The number of deputies who must initiate a decision before it can be taken. */
    record Initiative(Entity body, Threshold threshold) implements Condition {
        @Override
        public boolean concerns(Entity body) {
            return this.body == body;
        }

        @Override
        public boolean isMetBy(Situation situation) {
            Tally tally = situation.action().initiative();
            return tally == null || threshold.reachedBy(tally.yes(), situation.countedOn(body, tally, threshold));
        }

        @Override
        public String describe(Situation situation) {
            Tally tally = situation.action().initiative();
            if (tally == null) {
                return "no initiative count was stated: the initiative is taken to come from " + threshold.words()
                        + " of " + body.meaning();
            }
            return "initiative: " + Counting.describe(body, tally, threshold, situation, isMetBy(situation), "initiated it");
        }
    }
}
