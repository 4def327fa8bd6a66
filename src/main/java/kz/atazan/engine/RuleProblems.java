package kz.atazan.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rules could not be loaded: every problem found, each with its file and line. */
public final class RuleProblems extends Exception {

    private final transient List<RuleProblem> problems;

    public RuleProblems(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
