package kz.atazan.teaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.atazan.engine.Engine;
import kz.atazan.engine.Outcomes;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Entity;
import kz.atazan.model.Ground;
import kz.atazan.model.Judgment;
import kz.atazan.model.NameList;
import kz.atazan.model.Named;
import kz.atazan.model.Verdict;
import kz.atazan.model.Citation;
import kz.atazan.text.Words;

/**
 * When no provision speaks to an action as asked, the nearest questions the rules do answer on its
 * date: the same actor and target with another act, the same actor and act with another target,
 * and the same act and target with another actor, each asked bare (no condition stated), taken in
 * turn from the three so that each kind of neighbour is shown.
 */
public final class NearestQuestions {

    /** How many neighbours an answer lists at most. */
    public static final int SHOWN = 6;

    private NearestQuestions() {}

    /** Whether the judgment is the engine's "no provision modelled": no rule speaks to the action on its date. */
    public static boolean unspoken(Judgment judgment) {
        return judgment.reasons().stream().anyMatch(r -> r.ground() instanceof Ground.Unspoken);
    }

    /** The nearest answered questions, each judged on the action's date; empty when the action itself is answered. */
    public static List<Judgment> of(Engine engine, Judgment asked) {
        if (!unspoken(asked)) {
            return List.of();
        }
        Action a = asked.action();
        LocalDate day = a.date();
        List<List<Action>> kinds = new ArrayList<>();
        List<Action> otherAct = new ArrayList<>();
        for (Act act : Act.values()) {
            if (act != a.act()) {
                otherAct.add(Action.of(a.actor(), act, a.target(), day));
            }
        }
        List<Action> otherTarget = new ArrayList<>();
        for (Named target : NameList.TARGETS.members()) {
            if (target != a.target()) {
                otherTarget.add(Action.of(a.actor(), a.act(), (Entity) target, day));
            }
        }
        List<Action> otherActor = new ArrayList<>();
        for (Named actor : NameList.ACTORS.members()) {
            if (actor != a.actor()) {
                otherActor.add(Action.of((Entity) actor, a.act(), a.target(), day));
            }
        }
        kinds.add(otherAct);
        kinds.add(otherTarget);
        kinds.add(otherActor);
        List<Action> all = new ArrayList<>();
        kinds.forEach(all::addAll);
        Map<Action, Outcomes> outcomes = engine.survey(all);
        List<List<Judgment>> answered = new ArrayList<>();
        for (List<Action> kind : kinds) {
            List<Judgment> judged = new ArrayList<>();
            for (Action neighbour : kind) {
                Outcomes o = outcomes.get(neighbour);
                if (o != null && !o.on(day).isEmpty()) {
                    Judgment j = engine.judge(neighbour);
                    if (!unspoken(j) && !absent(j)) {
                        judged.add(j);
                    }
                }
            }
            // a power that exists is the likeliest question meant; then what the text denies or leaves open
            judged.sort(Comparator.comparingInt(j -> j.verdict() == Verdict.CONSTITUTIONAL ? 0 : 1));
            answered.add(judged);
        }
        Set<Judgment> shown = new LinkedHashSet<>();
        for (int i = 0; shown.size() < SHOWN && i < SHOWN; i++) {
            for (List<Judgment> kind : answered) {
                if (i < kind.size() && shown.size() < SHOWN) {
                    shown.add(kind.get(i));
                }
            }
        }
        return List.copyOf(shown);
    }

    /** Whether the answer rests on an office that did not exist that day: no help in finding the question meant. */
    private static boolean absent(Judgment judgment) {
        return judgment.decisiveReasons().stream().anyMatch(r -> r.ground() instanceof Ground.Absent);
    }

    /** The neighbours as the text answer lists them, under a heading; nothing when the action was answered. */
    public static List<String> lines(Judgment asked, List<Judgment> nearest, Words words) {
        if (!unspoken(asked)) {
            return List.of();
        }
        if (nearest.isEmpty()) {
            return List.of(words.say("check.nearest.none", "date", asked.action().date()));
        }
        List<String> lines = new ArrayList<>();
        lines.add(words.say("check.nearest", "date", asked.action().date()));
        for (Judgment j : nearest) {
            List<Citation> cited = j.decisiveReasons().stream().flatMap(r -> r.citation().stream()).toList();
            lines.add("  - " + words.say("check.nearest.item", "action", j.action().actor().label() + " " + j.action().act().label() + " "
                    + j.action().target().label(), "verdict", words.verdict(j.verdict()), "references", words.references(cited)));
        }
        return lines;
    }
}
