package kz.atazan.engine;

import java.util.List;
import kz.atazan.model.Action;
import kz.atazan.model.Judgment;

/**
 * One action as the engine answers it: the judgment, and what each rule in force on the action's
 * date concluded (the findings behind the judgment's reasons: a condition as the rules state it,
 * the office an absence is about), for callers that reason about what would change the verdict.
 */
public record Evaluation(Judgment judgment, List<Conclusion> conclusions) {

    public Evaluation {
        conclusions = List.copyOf(conclusions);
    }

    public Action action() {
        return judgment.action();
    }
}
