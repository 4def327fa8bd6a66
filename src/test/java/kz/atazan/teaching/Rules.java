package kz.atazan.teaching;

import java.time.LocalDate;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;

/** The project's rules, loaded once for the teaching tests. */
final class Rules {

    private static Engine engine;

    private Rules() {}

    static synchronized Engine engine() {
        if (engine == null) {
            try {
                engine = new Engine(RuleBase.builtIn());
            } catch (RuleProblems e) {
                throw new IllegalStateException(e);
            }
        }
        return engine;
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
