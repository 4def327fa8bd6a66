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

    public Action withActor(Entity other) {
        return new Action(other, act, target, date, consents, proposedBy, consulted, candidates, appointee, circumstances, votes,
                initiative, opinions);
    }

    public Action withConsent(Entity body, boolean given) {
        return new Action(actor, act, target, date, toggled(consents, body, given), proposedBy, consulted, candidates, appointee,
                circumstances, votes, initiative, opinions);
    }

    public Action withConsultation(Entity body, boolean held) {
        return new Action(actor, act, target, date, consents, proposedBy, toggled(consulted, body, held), candidates, appointee,
                circumstances, votes, initiative, opinions);
    }

    public Action withOpinion(Entity body, boolean obtained) {
        return new Action(actor, act, target, date, consents, proposedBy, consulted, candidates, appointee, circumstances, votes,
                initiative, toggled(opinions, body, obtained));
    }

    public Action withProposer(Entity proposer) {
        return new Action(actor, act, target, date, consents, proposer, consulted, candidates, appointee, circumstances, votes,
                initiative, opinions);
    }

    public Action withCandidates(int count) {
        return new Action(actor, act, target, date, consents, proposedBy, consulted, count, appointee, circumstances, votes,
                initiative, opinions);
    }

    public Action withAppointee(Appointee person) {
        return new Action(actor, act, target, date, consents, proposedBy, consulted, candidates, person, circumstances, votes,
                initiative, opinions);
    }

    public Action withCircumstance(Circumstance circumstance, boolean present) {
        return new Action(actor, act, target, date, consents, proposedBy, consulted, candidates, appointee,
                toggled(circumstances, circumstance, present), votes, initiative, opinions);
    }

    public Action withVote(Entity body, Tally tally) {
        Map<Entity, Tally> changed = new java.util.HashMap<>(votes);
        changed.put(body, tally);
        return new Action(actor, act, target, date, consents, proposedBy, consulted, candidates, appointee, circumstances, changed,
                initiative, opinions);
    }

    public Action withInitiative(Tally tally) {
        return new Action(actor, act, target, date, consents, proposedBy, consulted, candidates, appointee, circumstances, votes,
                tally, opinions);
    }

    private static <T> Set<T> toggled(Set<T> set, T element, boolean present) {
        Set<T> changed = new java.util.HashSet<>(set);
        if (present) {
            changed.add(element);
        } else {
            changed.remove(element);
        }
        return changed;
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
