package kz.atazan.balance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.atazan.model.Citation;
import kz.atazan.model.Condition;
import kz.atazan.model.Entity;
import kz.atazan.model.Threshold;
import kz.atazan.model.Verdict;

/**
 * What the engine answers to one question on one day, reduced to what the scales read: whether a
 * provision in force gives the power and none denies or forbids it, the conditions the rules attach
 * (met or not: the question states none), and every provision behind the answer.
 *
 * @param verdict the engine's verdict on the bare action (unconstitutional where a condition is unmet)
 * @param holds a provision gives the power and no provision denies, forbids it or finds the office absent
 * @param open a provision in force leaves the question open on this day (whatever else the verdict rests on)
 * @param conditions the conditions the rules attach, in the order the rules give them
 * @param citations every provision among the reasons, in the engine's order
 */
public record Answer(Question question, LocalDate date, Verdict verdict, boolean holds, boolean open, List<Condition> conditions,
        List<Citation> citations) {

    public Answer {
        conditions = List.copyOf(conditions);
        citations = List.copyOf(citations);
    }

    /** The power is held with no condition attached at all. */
    public boolean alone() {
        return holds && conditions.isEmpty();
    }

    /** The power needs the consent of one of these bodies. */
    public boolean needsConsentOf(Set<Entity> bodies) {
        return conditions.stream().anyMatch(c -> c instanceof Condition.Consent && c.party().filter(bodies::contains).isPresent());
    }

    /** The power needs a proposal by one of these bodies or offices. */
    public boolean needsProposalBy(Set<Entity> bodies) {
        return conditions.stream().anyMatch(c -> c instanceof Condition.Proposal && c.party().filter(bodies::contains).isPresent());
    }

    /** The power needs the consent, proposal, vote or initiative of another organ (consultations and opinions aside). */
    public boolean needsAnotherOrgan() {
        return conditions.stream().anyMatch(c -> c instanceof Condition.Consent || c instanceof Condition.Proposal
                || c instanceof Condition.Vote || c instanceof Condition.Initiative);
    }

    /** The largest vote the rules require, as a share of the members: what an override or a censure needs. */
    public Optional<Threshold> largestVote() {
        return conditions.stream().filter(c -> c instanceof Condition.Vote).map(c -> c.share().orElseThrow())
                .max(Shares.ORDER);
    }

    /** The rule ids behind the answer, in the engine's order. */
    public List<String> ruleIds() {
        return citations.stream().map(Citation::id).distinct().toList();
    }

    /** Conditions as the power map names them: "consent of majilis; proposal by prime-minister". */
    public String terms() {
        return String.join("; ", conditions.stream().map(Answer::term).distinct().toList());
    }

    private static String term(Condition c) {
        String kind = c.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        String party = c.party().map(Entity::label).orElse("");
        String share = c.share().map(s -> " " + Shares.label(s)).orElse("");
        return (kind + " " + party + share).trim();
    }
}
