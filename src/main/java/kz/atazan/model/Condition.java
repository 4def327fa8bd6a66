package kz.atazan.model;

/** A condition a provision attaches to a power, and whether an action meets it. */
public sealed interface Condition {

    boolean isMetBy(Situation situation);

    /** The condition's numbers for this action, where it counts (a vote or initiative stated, candidates). */
    default java.util.Optional<Count> count(Situation situation) {
        return java.util.Optional.empty();
    }

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
        public java.util.Optional<Count> count(Situation situation) {
            int put = situation.action().candidates();
            return java.util.Optional.of(new Count(put, put, put, atLeast, null));
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

        /** Empty where the action states no vote of the body: it is taken to have decided as the text requires. */
        @Override
        public java.util.Optional<Count> count(Situation situation) {
            return java.util.Optional.ofNullable(situation.action().votes().get(body)).map(t -> counted(body, t, threshold, situation));
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

        /** Empty where the action states no count: the initiative is taken to come from as many as the text requires. */
        @Override
        public java.util.Optional<Count> count(Situation situation) {
            return java.util.Optional.ofNullable(situation.action().initiative()).map(t -> counted(body, t, threshold, situation));
        }

    }

    private static Count counted(Entity body, Tally tally, Threshold threshold, Situation situation) {
        int members = situation.countedOn(body, tally, threshold);
        return new Count(tally.yes(), members, tally.of(), threshold.smallestNumber(members), threshold);
    }
}
