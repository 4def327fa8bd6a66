package kz.atazan.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One exercise of a power, as it would stand on {@code date}: the only clock the rules read.
 *
 * @param proposedBy who proposed or recommended the candidate, or null when nobody did
 * @param candidates how many candidates were put forward (at least one)
 * @param votes how each deciding body voted; a body with no tally is taken to have decided as the
 *     text requires, since the action says it acted
 * @param initiative how many deputies initiated the decision, or null when not stated
 * @param opinions the bodies whose opinion (заключение) was obtained before acting
 * @param turnout in a referendum, how many of the citizens entitled to take part took part, or null when not stated
 * @param regions in a referendum on amendments, in how many of the oblasts, cities of republican
 *     significance and the capital more than half of those who took part voted for, out of all of
 *     them, or null when not stated
 */
public record Action(
        Entity actor,
        Act act,
        Entity target,
        LocalDate date,
        Set<Entity> consents,
        Entity proposedBy,
        Set<Entity> consulted,
        int candidates,
        Appointee appointee,
        Set<Circumstance> circumstances,
        Map<Entity, Tally> votes,
        Tally initiative,
        Set<Entity> opinions,
        Tally turnout,
        Tally regions) {

    public Action {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(act, "act");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(date, "date");
        consents = Set.copyOf(consents);
        consulted = Set.copyOf(consulted);
        circumstances = Set.copyOf(circumstances);
        votes = Map.copyOf(votes);
        opinions = Set.copyOf(opinions);
        appointee = appointee == null ? Appointee.UNREMARKABLE : appointee;
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
        }
    }

    // equals and hashCode written out, by the same formula as the record's own (each component
    // in order, 31 * result + its hash): the record's
    // are bound through method handles at run time, which the C1 compiler the surveys run with
    // calls far more slowly than plain code, and the surveys hash actions by the million

    @Override
    public int hashCode() {
        int h = actor.hashCode();
        h = 31 * h + act.hashCode();
        h = 31 * h + target.hashCode();
        h = 31 * h + date.hashCode();
        h = 31 * h + consents.hashCode();
        h = 31 * h + Objects.hashCode(proposedBy);
        h = 31 * h + consulted.hashCode();
        h = 31 * h + candidates;
        h = 31 * h + appointee.hashCode();
        h = 31 * h + circumstances.hashCode();
        h = 31 * h + votes.hashCode();
        h = 31 * h + Objects.hashCode(initiative);
        h = 31 * h + opinions.hashCode();
        h = 31 * h + Objects.hashCode(turnout);
        return 31 * h + Objects.hashCode(regions);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Action a
                && actor == a.actor && act == a.act && target == a.target && candidates == a.candidates
                && proposedBy == a.proposedBy && date.equals(a.date) && appointee.equals(a.appointee)
                && consents.equals(a.consents) && consulted.equals(a.consulted) && circumstances.equals(a.circumstances)
                && votes.equals(a.votes) && opinions.equals(a.opinions) && Objects.equals(initiative, a.initiative)
                && Objects.equals(turnout, a.turnout) && Objects.equals(regions, a.regions);
    }

    /** The bare action: no consents, proposals, consultations, votes or circumstances, one candidate. */
    public static Action of(Entity actor, Act act, Entity target, LocalDate date) {
        return new Action(actor, act, target, date, Set.of(), null, Set.of(), 1, Appointee.UNREMARKABLE, Set.of(), Map.of(), null, Set.of(),
                null, null);
    }

    public Action on(LocalDate other) {
        return toBuilder().date(other).build();
    }

    /** The action changed by {@code change}: {@code action.with(b -> b.consent(Entity.SENATE, true))}. */
    public Action with(UnaryOperator<Builder> change) {
        return change.apply(toBuilder()).build();
    }

    /** A builder holding this action's fields. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder for the bare action: no consents, proposals, consultations, votes or circumstances, one candidate. */
    public static Builder builder(Entity actor, Act act, Entity target, LocalDate date) {
        return new Builder(of(actor, act, target, date));
    }

    /** An action built a field at a time; every field starts as a scenario file leaves it out. */
    public static final class Builder {
        private Entity actor;
        private Act act;
        private Entity target;
        private LocalDate date;
        // The sets and the map are shared with the action the builder started from (they are
        // immutable there) until a change needs a copy: an action changed in one field, which
        // the decision space makes by the million, then copies nothing else. A LinkedHashSet or
        // LinkedHashMap here is always the builder's own copy.
        private Set<Entity> consents;
        private Entity proposedBy;
        private Set<Entity> consulted;
        private int candidates;
        private Appointee appointee;
        private Set<Circumstance> circumstances;
        private Map<Entity, Tally> votes;
        private Tally initiative;
        private Set<Entity> opinions;
        private Tally turnout;
        private Tally regions;

        /** An empty builder: actor, act, target and date must be set before {@link #build}. */
        public Builder() {
            consents = new LinkedHashSet<>();
            consulted = new LinkedHashSet<>();
            candidates = 1;
            appointee = Appointee.UNREMARKABLE;
            circumstances = new LinkedHashSet<>();
            votes = new LinkedHashMap<>();
            opinions = new LinkedHashSet<>();
        }

        private Builder(Action a) {
            actor = a.actor;
            act = a.act;
            target = a.target;
            date = a.date;
            consents = a.consents;
            proposedBy = a.proposedBy;
            consulted = a.consulted;
            candidates = a.candidates;
            appointee = a.appointee;
            circumstances = a.circumstances;
            votes = a.votes;
            initiative = a.initiative;
            opinions = a.opinions;
            turnout = a.turnout;
            regions = a.regions;
        }

        public Builder actor(Entity value) {
            actor = value;
            return this;
        }

        public Builder act(Act value) {
            act = value;
            return this;
        }

        public Builder target(Entity value) {
            target = value;
            return this;
        }

        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        public Builder consents(Set<Entity> bodies) {
            consents = new LinkedHashSet<>(bodies);
            return this;
        }

        /** The body's consent obtained ({@code given}) or not. */
        public Builder consent(Entity body, boolean given) {
            consents = toggled(consents, body, given);
            return this;
        }

        /** Who proposed the candidate; null for nobody. */
        public Builder proposedBy(Entity proposer) {
            proposedBy = proposer;
            return this;
        }

        public Builder consulted(Set<Entity> bodies) {
            consulted = new LinkedHashSet<>(bodies);
            return this;
        }

        public Builder consulted(Entity body, boolean held) {
            consulted = toggled(consulted, body, held);
            return this;
        }

        public Builder candidates(int count) {
            candidates = count;
            return this;
        }

        public Builder appointee(Appointee person) {
            appointee = person;
            return this;
        }

        public Builder circumstances(Set<Circumstance> facts) {
            circumstances = new LinkedHashSet<>(facts);
            return this;
        }

        public Builder circumstance(Circumstance circumstance, boolean present) {
            circumstances = toggled(circumstances, circumstance, present);
            return this;
        }

        public Builder votes(Map<Entity, Tally> tallies) {
            votes = new LinkedHashMap<>(tallies);
            return this;
        }

        public Builder vote(Entity body, Tally tally) {
            if (!(votes instanceof LinkedHashMap)) {
                votes = new LinkedHashMap<>(votes);
            }
            votes.put(body, tally);
            return this;
        }

        /** How many initiated the decision; null when not stated. */
        public Builder initiative(Tally tally) {
            initiative = tally;
            return this;
        }

        public Builder opinions(Set<Entity> bodies) {
            opinions = new LinkedHashSet<>(bodies);
            return this;
        }

        public Builder opinion(Entity body, boolean obtained) {
            opinions = toggled(opinions, body, obtained);
            return this;
        }

        /** How many of the citizens entitled to take part in the referendum took part; null when not stated. */
        public Builder turnout(Tally tally) {
            turnout = tally;
            return this;
        }

        /** In how many of all the regions more than half of those who took part voted for; null when not stated. */
        public Builder regions(Tally tally) {
            regions = tally;
            return this;
        }

        public Action build() {
            return new Action(actor, act, target, date, consents, proposedBy, consulted, candidates, appointee, circumstances,
                    votes, initiative, opinions, turnout, regions);
        }

        /** The set with the element added or removed: the builder's own copy, made on the first change. */
        private static <T> Set<T> toggled(Set<T> set, T element, boolean present) {
            if (set.contains(element) == present) {
                return set;
            }
            Set<T> own = set instanceof LinkedHashSet ? set : new LinkedHashSet<>(set);
            if (present) {
                own.add(element);
            } else {
                own.remove(element);
            }
            return own;
        }
    }

    /** Whether the entity, or the institution an office belongs to, is the actor or the target. */
    public boolean involves(Entity entity) {
        return actor.institution() == entity || target.institution() == entity
                || actor == entity || target == entity;
    }

    /** Whether the scenario states how the body voted (the rules fix the body's size only then). */
    public boolean countsVotesOf(Entity body) {
        return votes.containsKey(body) || initiative != null && actor == body;
    }
}
