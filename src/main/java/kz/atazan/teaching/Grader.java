package kz.atazan.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.atazan.engine.Engine;
import kz.atazan.model.Judgment;
import kz.atazan.model.Verdict;

/** Grades answers by asking the engine about each question's action; explains each wrong answer. */
public final class Grader {

    private final Engine engine;
    private final Explainer explainer;

    public Grader(Engine engine) {
        this.engine = engine;
        this.explainer = new Explainer(engine);
    }

    public Grading grade(Sheet sheet, Map<String, Optional<Verdict>> answers) {
        List<Grading.Graded> graded = new ArrayList<>();
        for (Question q : sheet.questions()) {
            graded.add(grade(q, answers.getOrDefault(q.id(), Optional.empty())));
        }
        return new Grading(graded);
    }

    public Grading.Graded grade(Question question, Optional<Verdict> given) {
        Judgment judgment = engine.judge(question.action());
        boolean right = given.map(v -> v == judgment.verdict()).orElse(false);
        return new Grading.Graded(question, given, judgment, right ? Optional.empty() : Optional.of(explainer.explain(question.action())));
    }
}
