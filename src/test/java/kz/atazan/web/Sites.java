package kz.atazan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import kz.atazan.engine.Engine;
import kz.atazan.engine.RuleBase;
import kz.atazan.engine.RuleProblems;

/** One site on the project's rules, surveyed once, for the web tests; "today" is 1 May 2023. */
final class Sites {

    static final LocalDate TODAY = LocalDate.of(2023, 5, 1);
    private static Engine engine;
    private static Site site;

    private Sites() {}

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

    static synchronized Site site() {
        if (site == null) {
            site = Site.of(engine(), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                    java.util.List.of(java.nio.file.Path.of("scenarios")));
        }
        return site;
    }
}
