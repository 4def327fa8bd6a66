package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.atazan.engine.Conclusion;
import kz.atazan.engine.Engine;
import kz.atazan.model.Action;
import kz.atazan.model.Citation;
import kz.atazan.model.Condition;
import kz.atazan.model.Effect;
import kz.atazan.model.Entity;
import kz.atazan.model.Judgment;
import kz.atazan.model.Reason;
import kz.atazan.model.Requirement;
import kz.atazan.model.Seats;
import kz.atazan.model.Situation;
import kz.atazan.model.Verdict;

/** One action as the engine sees it: the judgment, and the findings of the rules behind its reasons. */
record Evaluation(Judgment judgment, List<Conclusion> conclusions) {

    Evaluation {
        conclusions = List.copyOf(conclusions);
    }

    static Evaluation of(Engine engine, Action action) {
        kz.atazan.engine.Evaluation evaluated = engine.evaluate(action);
        return new Evaluation(evaluated.judgment(), evaluated.conclusions());
    }

    Action action() {
        return judgment.action();
    }

    Verdict verdict() {
        return judgment.verdict();
    }

    /** The action with the sizes the rules give the bodies on its date, against which votes are counted. */
    Situation situation() {
        Map<Entity, Integer> seats = new HashMap<>();
        for (Conclusion c : conclusions) {
            if (c.finding() instanceof Seats s) {
                seats.put(s.body(), s.count());
            }
        }
        return new Situation(action(), seats);
    }

    /** Each condition the rules attach that the action does not meet, with the provisions attaching it. */
    Map<Condition, List<Citation>> missingConditions() {
        Situation situation = situation();
        Map<Condition, List<Citation>> missing = new LinkedHashMap<>();
        for (Conclusion c : conclusions) {
            if (c.finding() instanceof Requirement r && !r.condition().isMetBy(situation)) {
                List<Citation> citations = missing.computeIfAbsent(r.condition(), k -> new ArrayList<>());
                if (!citations.contains(c.citation())) {
                    citations.add(c.citation());
                }
            }
        }
        missing.replaceAll((condition, citations) -> References.inTextOrder(citations));
        return missing;
    }

    /** Whether some provision in force gives the power (whatever else stands against it). */
    boolean granted() {
        return judgment.reasons().stream().anyMatch(r -> r.effect() == Effect.GRANTS);
    }

    /** The citations of the reasons that make the action unconstitutional. */
    List<Citation> defeating() {
        return judgment.reasons().stream().filter(r -> r.effect().defeats())
                .flatMap(r -> r.citation().stream()).distinct().toList();
    }

    /** Every citation among the reasons. */
    List<Citation> citations() {
        return judgment.reasons().stream().flatMap(r -> r.citation().stream()).distinct().toList();
    }

    /** The citations of the reasons the verdict rests on. */
    List<Citation> decisive() {
        return judgment.reasons().stream().filter(Reason::decisive).flatMap(r -> r.citation().stream()).distinct().toList();
    }
}
