package kz.atazan.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.atazan.engine.Conclusion;
import kz.atazan.engine.Engine;
import kz.atazan.engine.Outcomes;
import kz.atazan.engine.RuleProblem;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Denial;
import kz.atazan.model.Grant;

/**
 * Checks a rule base over its whole decision space: no action may get a grant of power from one
 * rule and a denial of that power from another, every provision must have exactly one wording
 * in force on every day of its life, and an action answered from 2019 must be answered before it too
 * ({@link EarlierWordings}).
 *
 * <p>A grant beside an unmet condition, a prohibition or an office that did not exist on the day is
 * not a conflict: those are the exceptions the rules are written with (the power exists, but this
 * exercise of it fails), and the verdict already says which one applied.
 */
public final class Verification {

    /** One action on which two rules contradict each other: said by {@link VerificationText}. */
    public record Conflict(Action action, List<Citation> granting, List<Citation> denying) {}

    /** What verifying found, and how big the space was. */
    public record Report(long actionsChecked, int triples, int dates, List<Conflict> conflicts, List<RuleProblem> wordingProblems,
            List<EvenReadings.Uneven> uneven, EarlierWordings.Unanswered unansweredBefore, long millis) {
        public boolean clean() {
            return conflicts.isEmpty() && wordingProblems.isEmpty() && uneven.isEmpty() && unansweredBefore.actions().isEmpty();
        }
    }

    private Verification() {}

    public static Report of(Engine engine) {
        long start = System.nanoTime();
        DecisionSpace space = DecisionSpace.explore(engine);
        // a conflict is between findings, which depend on the action and the rules in force, not on
        // the conditions met: each action is checked on each date from what the rules conclude that day
        List<Conflict> conflicts = space.actions().parallelStream()
                .flatMap(action -> {
                    List<LocalDate> dates = space.dates();
                    List<List<Conclusion>> byDate = space.outcomes(action).on(dates);
                    List<Conflict> found = new ArrayList<>();
                    for (int i = 0; i < dates.size(); i++) {
                        if (conflicting(byDate.get(i))) {
                            found.add(conflictOn(action.on(dates.get(i)), byDate.get(i)).orElseThrow());
                        }
                    }
                    return found.stream();
                })
                .collect(Collectors.toList());
        List<RuleProblem> wordings = engine.catalogue().wordingProblems();
        List<EvenReadings.Uneven> uneven = EvenReadings.of(space, engine.catalogue().modelled());
        EarlierWordings.Unanswered unansweredBefore = EarlierWordings.of(space, engine.catalogue());
        return new Report(space.size(), space.triples(), space.dates().size(), conflicts, wordings, uneven, unansweredBefore,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Whether some conclusion grants a power that another denies (the action is made only then). */
    private static boolean conflicting(List<Conclusion> conclusions) {
        boolean granting = false;
        boolean denying = false;
        for (Conclusion c : conclusions) {
            granting |= c.finding() instanceof Grant;
            denying |= c.finding() instanceof Denial;
        }
        return granting && denying;
    }

    static java.util.Optional<Conflict> conflictOn(Action action, List<Conclusion> conclusions) {
        List<Citation> granting = new ArrayList<>();
        List<Citation> denying = new ArrayList<>();
        for (Conclusion c : conclusions) {
            if (c.finding() instanceof Grant) {
                granting.add(c.citation());
            } else if (c.finding() instanceof Denial) {
                denying.add(c.citation());
            }
        }
        return granting.isEmpty() || denying.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Conflict(action, granting, denying));
    }
}
