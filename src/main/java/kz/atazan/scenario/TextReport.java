package kz.atazan.scenario;

import kz.atazan.model.Language;
import java.io.PrintStream;

/** A run as text: each failing check with expected, actual and reasons, then the closing count. */
public final class TextReport {

    private TextReport() {}

    public static void print(RunResult run, boolean showPassing, PrintStream out, PrintStream err) {
        for (CheckResult r : run.results()) {
            if (!r.passed()) {
                out.println("FAIL " + r.file() + ":" + r.check().line() + "  " + r.scenario().id() + " on " + r.check().date());
                if (r.scenario().title() != null) {
                    out.println("     " + r.scenario().title());
                }
                out.println("     " + JudgmentText.action(r.judgment().action(), Language.EN));
                out.println("     " + r.failure());
                JudgmentText.reasons(r.judgment(), "     ", Language.EN).forEach(out::println);
                out.println();
            } else if (showPassing) {
                out.println("ok   " + r.file() + ":" + r.check().line() + "  " + r.scenario().id() + " on " + r.check().date()
                        + ": " + r.judgment().verdict());
            }
        }
        if (!run.errors().isEmpty()) {
            err.println(run.errors().size() + " problem(s) in the input; the scenarios concerned were not run:");
            run.errors().forEach(e -> err.println("  " + e));
        }
        out.println(run.closingLine());
    }
}
