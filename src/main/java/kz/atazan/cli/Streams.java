package kz.atazan.cli;

import java.io.PrintStream;
import kz.atazan.engine.RuleProblems;

/** Where a command writes: the streams {@link Main} was given. */
record Streams(PrintStream out, PrintStream err) {

    void printRuleProblems(RuleProblems e) {
        err.println("atazan: the rules could not be loaded (" + e.problems().size() + " problem(s)):");
        e.problems().forEach(p -> err.println("  " + p));
    }
}
