package kz.atazan.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One exercise of a power, as it would stand on {@code date}: the only clock the rules read.
 *
 * @param proposedBy who proposed or recommended the candidate, or null when nobody did
 * @param candidates how many candidates were put forward (at least one)
 * @param votes how each deciding body voted; a body with no tally is taken to have decided as the
 *     text requires, since the action says it acted
 * @param initiative how many deputies initiated the decision, or null when not stated
 * @param opinions the bodies whose opinion (заключение) was obtained before acting
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
        Set<Entity> opinions) {

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

    /** The bare action: no consents, proposals, consultations, votes or circumstances, one candidate. */
    public static Action of(Entity actor, Act act, Entity target, LocalDate date) {
        return new Action(actor, act, target, date, Set.of(), null, Set.of(), 1, Appointee.UNREMARKABLE, Set.of(), Map.of(), null, Set.of());
    }

    public Action on(LocalDate other) {
        return new Action(actor, act, target, other, consents, proposedBy, consulted, candidates, appointee, circumstances,
                votes, initiative, opinions);
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
