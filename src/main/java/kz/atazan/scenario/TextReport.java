package kz.atazan.scenario;

import java.io.PrintStream;
import kz.atazan.model.Language;
import kz.atazan.text.Words;

/** A run as text: each failing check with expected, actual and reasons, then the closing count. */
public final class TextReport {

    private TextReport() {}

    public static void print(RunResult run, boolean showPassing, PrintStream out, PrintStream err) {
        print(run, showPassing, out, err, Language.EN);
    }

    public static void print(RunResult run, boolean showPassing, PrintStream out, PrintStream err, Language language) {
        Words words = Words.in(language);
        for (CheckResult r : run.results()) {
            String place = r.file() + ":" + r.check().line();
            if (!r.passed()) {
                out.println(words.say("run.fail", "place", place, "id", r.scenario().id(), "date", r.check().date(), "iso", r.check().date().toString()));
                if (r.scenario().title() != null) {
                    out.println("     " + r.scenario().title());
                }
                out.println("     " + JudgmentText.action(r.judgment().action(), language));
                out.println("     " + r.failure(words));
                JudgmentText.reasons(r.judgment(), "     ", language).forEach(out::println);
                out.println();
            } else if (showPassing) {
                out.println(words.say("run.pass", "place", place, "id", r.scenario().id(), "date", r.check().date(), "iso", r.check().date().toString(),
                        "verdict", words.verdict(r.judgment().verdict())));
            }
        }
        if (!run.errors().isEmpty()) {
            err.println(words.say("run.input-problems", "n", run.errors().size()));
            run.errors().forEach(e -> err.println("  " + e.in(language)));
        }
        out.println(run.closingLine(words));
    }
}
