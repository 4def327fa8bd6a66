package kz.atazan.model;

import java.util.Optional;

/**
 * A condition a provision attaches to a power, whether an action meets it, and how an action is
 * changed to meet it or not: what the explanations, the power map, the survey of the decision
 * space and the mutation tests ask of each kind of condition, answered by the condition itself.
 */
public sealed interface Condition {

    /** The body whose consent, proposal, consultation, opinion, vote or initiative is needed; empty for candidates. */
    Optional<Entity> party();

    /** The same condition asked of another body (itself for candidates and a referendum's counts, which only the voters give). */
    Condition about(Entity other);

    /** The action field a scenario states it in. */
    ActionField field();

    /** The action changed so that it meets the condition; {@code members}: the body's size, for a vote or an initiative. */
    Action met(Action action, int members);

    /** The action changed so that it just fails the condition (a vote one short, one candidate fewer). */
    Action unmet(Action action, int members);

    /** The share of the body's members it needs, for a vote or an initiative. */
    default Optional<Threshold> share() {
        return Optional.empty();
    }

    /** Whether it counts the members of a body (a vote, an initiative), so that its size matters. */
    default boolean countsMembers() {
        return share().isPresent();
    }

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
        public Optional<Entity> party() {
            return Optional.of(of);
        }

        @Override
        public Condition about(Entity other) {
            return new Consent(other);
        }

        @Override
        public ActionField field() {
            return ActionField.CONSENTS;
        }

        @Override
        public Action met(Action action, int members) {
            return action.with(b -> b.consent(of, true));
        }

        @Override
        public Action unmet(Action action, int members) {
            return action.with(b -> b.consent(of, false));
        }

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
        public Optional<Entity> party() {
            return Optional.of(by);
        }

        @Override
        public Condition about(Entity other) {
            return new Proposal(other);
        }

        @Override
        public ActionField field() {
            return ActionField.PROPOSED_BY;
        }

        @Override
        public Action met(Action action, int members) {
            return action.with(b -> b.proposedBy(by));
        }

        @Override
        public Action unmet(Action action, int members) {
            return action.with(b -> b.proposedBy(null));
        }

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
        public Optional<Entity> party() {
            return Optional.of(with);
        }

        @Override
        public Condition about(Entity other) {
            return new Consultation(other);
        }

        @Override
        public ActionField field() {
            return ActionField.CONSULTED;
        }

        @Override
        public Action met(Action action, int members) {
            return action.with(b -> b.consulted(with, true));
        }

        @Override
        public Action unmet(Action action, int members) {
            return action.with(b -> b.consulted(with, false));
        }

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
        public Optional<Entity> party() {
            return Optional.empty();
        }

        @Override
        public Condition about(Entity other) {
            return this;
        }

        @Override
        public ActionField field() {
            return ActionField.CANDIDATES;
        }

        @Override
        public Action met(Action action, int members) {
            return action.with(b -> b.candidates(Math.max(action.candidates(), atLeast)));
        }

        @Override
        public Action unmet(Action action, int members) {
            return action.with(b -> b.candidates(Math.max(1, atLeast - 1)));
        }

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
        public Optional<Entity> party() {
            return Optional.of(of);
        }

        @Override
        public Condition about(Entity other) {
            return new Opinion(other);
        }

        @Override
        public ActionField field() {
            return ActionField.OPINIONS;
        }

        @Override
        public Action met(Action action, int members) {
            return action.with(b -> b.opinion(of, true));
        }

        @Override
        public Action unmet(Action action, int members) {
            return action.with(b -> b.opinion(of, false));
        }

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
        public Optional<Threshold> share() {
            return Optional.of(threshold);
        }

        @Override
        public Optional<Entity> party() {
            return Optional.of(body);
        }

        @Override
        public Condition about(Entity other) {
            return new Vote(other, threshold);
        }

        @Override
        public ActionField field() {
            return ActionField.VOTES;
        }

        @Override
        public Action met(Action action, int members) {
            return action.with(b -> b.vote(body, new Tally(threshold.smallestNumber(members), members)));
        }

        @Override
        public Action unmet(Action action, int members) {
            return action.with(b -> b.vote(body, new Tally(Math.max(0, threshold.smallestNumber(members) - 1), members)));
        }

        @Override
        public boolean concerns(Entity body) {
            return this.body == body;
        }

        @Override
        public boolean isMetBy(Situation situation) {
            return count(situation).map(c -> threshold.reachedBy(c.given(), c.countedOn())).orElse(true);
        }

        /**
         * Empty where the action states no vote of the body: it is taken to have decided as the text
         * requires. Parliament at a joint sitting votes as the deputies of both Chambers together: where
         * the action states no tally of Parliament but one of each Chamber, the two are added up, each
         * counted against its Chamber's size on the date.
         */
        @Override
        public java.util.Optional<Count> count(Situation situation) {
            java.util.Map<Entity, Tally> votes = situation.action().votes();
            Tally own = votes.get(body);
            if (own != null) {
                return java.util.Optional.of(counted(body, own, threshold, situation));
            }
            Tally majilis = votes.get(Entity.MAJILIS);
            Tally senate = votes.get(Entity.SENATE);
            if (body != Entity.PARLIAMENT || majilis == null || senate == null || threshold.countsThoseVoting()) {
                return java.util.Optional.empty();
            }
            int members = situation.membersOf(Entity.MAJILIS, majilis) + situation.membersOf(Entity.SENATE, senate);
            return java.util.Optional.of(new Count(majilis.yes() + senate.yes(), members, majilis.of() + senate.of(),
                    threshold.smallestNumber(members), threshold));
        }

    }

    /** The number of deputies who must initiate a decision before it can be taken. */
    record Initiative(Entity body, Threshold threshold) implements Condition {
        @Override
        public Optional<Threshold> share() {
            return Optional.of(threshold);
        }

        @Override
        public Optional<Entity> party() {
            return Optional.of(body);
        }

        @Override
        public Condition about(Entity other) {
            return new Initiative(other, threshold);
        }

        @Override
        public ActionField field() {
            return ActionField.INITIATIVE;
        }

        @Override
        public Action met(Action action, int members) {
            return action.with(b -> b.initiative(new Tally(threshold.smallestNumber(members), members)));
        }

        @Override
        public Action unmet(Action action, int members) {
            return action.with(b -> b.initiative(new Tally(Math.max(0, threshold.smallestNumber(members) - 1), members)));
        }

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

    /**
     * A referendum's count the text requires, on the numbers the action states (the texts fix neither
     * the number of citizens nor a list of regions); where the action states none, it is taken to
     * have been reached, as a vote not stated is taken to have been carried: the action says the
     * voters decided. The voters' own count: no other body takes part.
     */
    sealed interface ReferendumCount extends Condition permits Turnout, Regions {
        Threshold threshold();

        /** The count the action states, if any. */
        default Tally tally(Action action) {
            return (Tally) field().valueIn(action);
        }

        @Override
        default Optional<Threshold> share() {
            return Optional.of(threshold());
        }

        @Override
        default Optional<Entity> party() {
            return Optional.of(Entity.VOTERS);
        }

        @Override
        default Condition about(Entity other) {
            return this;
        }

        @Override
        default Action met(Action action, int members) {
            Tally tally = new Tally(threshold().smallestNumber(members), members);
            return action.with(b -> {
                field().setIn(b, tally);
                return b;
            });
        }

        @Override
        default Action unmet(Action action, int members) {
            Tally tally = new Tally(Math.max(0, threshold().smallestNumber(members) - 1), members);
            return action.with(b -> {
                field().setIn(b, tally);
                return b;
            });
        }

        @Override
        default boolean concerns(Entity body) {
            return body == Entity.VOTERS;
        }

        @Override
        default boolean isMetBy(Situation situation) {
            return count(situation).map(c -> threshold().reachedBy(c.given(), c.countedOn())).orElse(true);
        }

        @Override
        default java.util.Optional<Count> count(Situation situation) {
            return java.util.Optional.ofNullable(tally(situation.action())).map(t -> stated(t, threshold()));
        }
    }

    /** The turnout that makes a referendum valid: more than half of the citizens entitled to take part took part. */
    record Turnout(Threshold threshold) implements ReferendumCount {
        @Override
        public ActionField field() {
            return ActionField.TURNOUT;
        }
    }

    /**
     * The regions in which the amendments must carry: more than half of those who took part voted for
     * them in at least the threshold of the oblasts, cities of republican significance and the capital.
     */
    record Regions(Threshold threshold) implements ReferendumCount {
        @Override
        public ActionField field() {
            return ActionField.REGIONS;
        }
    }

    /** A referendum's count, on the number the action states. */
    private static Count stated(Tally tally, Threshold threshold) {
        return new Count(tally.yes(), tally.of(), tally.of(), threshold.smallestNumber(tally.of()), threshold);
    }

    private static Count counted(Entity body, Tally tally, Threshold threshold, Situation situation) {
        int members = situation.countedOn(body, tally, threshold);
        return new Count(tally.yes(), members, tally.of(), threshold.smallestNumber(members), threshold);
    }
}
