package kz.atazan.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kz.atazan.engine.Outcomes;
import kz.atazan.engine.RuleCatalogue;
import kz.atazan.model.Action;
import kz.atazan.model.Constitution;
import kz.atazan.model.Seats;
import kz.atazan.model.Triple;

/**
 * The thirty years answered without a seam. The rules answer every action from the first day of the
 * wordings of 2019 on, and the actions of a {@link kz.atazan.model.Family} from the first day of the
 * Constitution of 1995, in the wording of each day. An action the rules answer on the first day of
 * 2019 that belongs to no family is answered from that day but not on the day before: a question a
 * student may ask about 2018 gets "not modelled" where the answer of 2019 has a provision. Each such
 * action is reported; the fix is its family, with the earlier wordings.
 *
 * <p>"Answered" is what the rules conclude on that day beyond the size of a body ({@link Seats}): a
 * grant, a denial, a requirement, an open question, each with its provision, for the action with any
 * of the conditions its rules read.
 */
public final class EarlierWordings {

    /**
     * The bare actions (no condition stated) answered from {@code from}, the first day the rules answer
     * every action, but not on the day before; in the order of the vocabulary. Said by {@link VerificationText}.
     */
    public record Unanswered(LocalDate from, List<Action> actions) {
        public Unanswered {
            actions = List.copyOf(actions);
        }
    }

    private EarlierWordings() {}

    /** The actions answered from the first day of the wordings every action has, and not before it. */
    public static Unanswered of(DecisionSpace space, RuleCatalogue catalogue) {
        LocalDate first = catalogue.modelled().from();
        if (!first.isAfter(Constitution.OF_1995.firstDay())) {
            return new Unanswered(first, List.of());
        }
        // the space holds each triple in every combination of the conditions its rules read (votes,
        // consents, facts): a triple is answered on the day if any of its combinations is
        Set<Triple> answered = new TreeSet<>(Triple.ORDER);
        for (Action action : space.actions()) {
            Triple triple = Triple.of(action);
            if (answered.contains(triple) || catalogue.modelled(action).from().isBefore(first)) {
                continue;
            }
            Optional<Outcomes> outcomes = space.outcomesOf(action);
            if (outcomes.isPresent() && outcomes.get().on(first).stream().anyMatch(c -> !(c.finding() instanceof Seats))) {
                answered.add(triple);
            }
        }
        List<Action> unanswered = answered.stream().map(t -> t.on(first)).toList();
        return new Unanswered(first, unanswered);
    }
}
