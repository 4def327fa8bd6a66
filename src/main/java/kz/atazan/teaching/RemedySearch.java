package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.atazan.engine.Engine;
import kz.atazan.text.Words;
import kz.atazan.model.Action;
import kz.atazan.model.Circumstance;
import kz.atazan.model.Citation;
import kz.atazan.model.Condition;
import kz.atazan.model.Kind;
import kz.atazan.model.PersonField;
import kz.atazan.model.Tally;
import kz.atazan.model.Verdict;

/**
 * Finds the fewest changes that make an action constitutional on its own date, by trying them
 * against the engine, breadth first: first every single change, then every pair, and so on. The
 * changes tried are those the engine's findings point to: meet each condition a rule attaches and
 * the action misses, take away each circumstance and each fact about the person the action states.
 * Only when none of those helps is having a circumstance hold tried (it is not in the actor's hands).
 */
final class RemedySearch {

    /** Changes made together, at most: more than any power in the rules needs. */
    private static final int DEEPEST = 4;
    /** Actions judged in one search, at most: it stays well under a second. */
    private static final int MOST_TRIED = 400;

    private final Engine engine;

    RemedySearch(Engine engine) {
        this.engine = engine;
    }

    /**
     * The smallest sets of changes that make the action constitutional, all of the same size; empty
     * if none. Having a circumstance hold is tried only when nothing in the actor's hands works.
     */
    List<Remedy> smallest(Evaluation start) {
        List<Remedy> found = inTheActorsHands(start);
        return found.isEmpty() && start.verdict() != Verdict.CONSTITUTIONAL ? search(start, true) : found;
    }

    /** The smallest sets of changes the actor can make: conditions met, circumstances and facts taken away. */
    List<Remedy> inTheActorsHands(Evaluation start) {
        if (start.verdict() == Verdict.CONSTITUTIONAL) {
            return List.of(new Remedy(List.of(), start.judgment()));
        }
        return search(start, false);
    }

    private record Node(List<Step> steps, Evaluation at) {}

    private List<Remedy> search(Evaluation start, boolean circumstancesMayHold) {
        Set<Action> seen = new HashSet<>();
        seen.add(start.action());
        List<Node> level = List.of(new Node(List.of(), start));
        int tried = 0;
        for (int depth = 1; depth <= DEEPEST && !level.isEmpty(); depth++) {
            List<Node> next = new ArrayList<>();
            List<Remedy> found = new ArrayList<>();
            for (Node node : level) {
                for (Change change : changes(node.at(), circumstancesMayHold && depth == 1)) {
                    Action changed = change.applyTo(node.at().action());
                    if (!seen.add(changed) || tried++ >= MOST_TRIED) {
                        continue;
                    }
                    Evaluation after = Evaluation.of(engine, changed);
                    List<Citation> provisions = provisions(change, node.at(), after);
                    if (provisions.isEmpty() && after.verdict() == node.at().verdict()) {
                        continue; // the change lifted nothing: no smallest remedy goes through it
                    }
                    List<Step> steps = new ArrayList<>(node.steps());
                    steps.add(new Step(change, provisions));
                    if (after.verdict() == Verdict.CONSTITUTIONAL) {
                        found.add(new Remedy(steps, after.judgment()));
                    } else {
                        next.add(new Node(steps, after));
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            level = next;
        }
        return List.of();
    }

    /** The changes worth trying on an action, in a stable order. */
    private static List<Change> changes(Evaluation at, boolean circumstancesMayHold) {
        Action a = at.action();
        List<Change> changes = new ArrayList<>();
        for (Condition condition : at.missingConditions().keySet()) {
            changes.add(new Change.Fulfil(condition, members(at, condition), Words.proposalSubject(a)));
        }
        for (Circumstance c : Circumstance.values()) {
            if (a.circumstances().contains(c)) {
                changes.add(new Change.Without(c));
            } else if (circumstancesMayHold) {
                changes.add(new Change.With(c));
            }
        }
        for (PersonField fact : PersonField.values()) {
            if (fact.holdsFor(a.appointee())) {
                changes.add(new Change.OtherPerson(fact));
            }
        }
        changes.sort(Comparator.comparing(Change::field));
        return changes;
    }

    /** The size to count a vote, an initiative or a referendum's count against: the body's size in the text, else the tally's own. */
    private static int members(Evaluation at, Condition condition) {
        if (condition instanceof Condition.Vote v) {
            Tally tally = at.action().votes().get(v.body());
            return tally == null ? 100 : at.situation().membersOf(v.body(), tally);
        }
        if (condition instanceof Condition.Initiative i) {
            Tally tally = at.action().initiative();
            return tally == null ? 100 : at.situation().membersOf(i.body(), tally);
        }
        if (condition instanceof Condition.ReferendumCount r) {
            // a referendum's counts are on the numbers stated: the text fixes neither
            Tally tally = r.tally(at.action());
            return tally == null ? 100 : tally.of();
        }
        return 0;
    }

    /** The provisions a change answers: those attaching the condition met, or the reasons against that it lifted. */
    private static List<Citation> provisions(Change change, Evaluation before, Evaluation after) {
        if (change instanceof Change.Fulfil f) {
            Map<Condition, List<Citation>> missing = before.missingConditions();
            return missing.getOrDefault(f.condition(), List.of());
        }
        List<Citation> lifted = new ArrayList<>(before.defeating());
        lifted.removeAll(after.defeating());
        if (lifted.isEmpty() && change instanceof Change.With) {
            return after.decisive();
        }
        return lifted;
    }
}
