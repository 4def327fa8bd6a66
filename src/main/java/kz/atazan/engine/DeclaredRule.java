package kz.atazan.engine;

import kz.atazan.model.Citation;
import kz.atazan.text.Sentence;

/** A rule as written in a DRL file: where it is, and the citation its metadata declares. */
record DeclaredRule(String file, int line, String packageName, String name, Citation citation) implements PlacedRule {

    @Override
    public RuleProblem problem(Sentence message) {
        return new RuleProblem(file, line, Sentence.of("tools.problem.rule", "rule", name, "problem", message));
    }
}
