package kz.atazan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kz.atazan.engine.Engine;
import org.junit.jupiter.api.Test;

/** A site answering while the built-in rules still load: the form needs none of them, a question waits for them. */
class SiteOnBuiltInRulesTest {

    private static final Clock TODAY = Clock.fixed(Sites.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Test
    void theFormIsTheSameAsOnLoadedRulesWithoutAskingForThem() {
        Site loading = Site.onBuiltInRules(() -> {
            throw new AssertionError("the form asked for the rules");
        }, TODAY, List.of());
        for (String query : List.of("lang=ru", "lang=kk&actor=president", "lang=en&actor=president&act=appoint")) {
            Response early = loading.handle("GET", "/", query, null, null);
            Response loaded = Sites.site().handle("GET", "/", query, null, null);
            assertEquals(200, early.status(), query);
            assertEquals(loaded.text(), early.text(), "the choices the build surveyed narrow the form as the rules do: " + query);
        }
    }

    @Test
    void aQuestionWaitsForTheRulesOnceAndThenUsesThem() {
        AtomicInteger asked = new AtomicInteger();
        Supplier<Engine> rules = () -> {
            asked.incrementAndGet();
            return Sites.engine();
        };
        Site loading = Site.onBuiltInRules(rules, TODAY, List.of());
        String question = "actor=president&act=dismiss&target=akim-of-district&on=2023-05-01";
        Response first = loading.handle("GET", "/api/check", question, null, null);
        Response second = loading.handle("GET", "/api/check", question, null, null);
        assertEquals(Sites.site().handle("GET", "/api/check", question, null, null).text(), first.text());
        assertEquals(first.text(), second.text());
        assertEquals(1, asked.get(), "the rules are asked for once");
    }

    @Test
    void rulesThatCannotLoadFailTheQuestionNotTheForm() {
        Site broken = Site.onBuiltInRules(() -> {
            throw new IllegalStateException("no rules");
        }, TODAY, List.of());
        assertEquals(200, broken.handle("GET", "/", "lang=en", null, null).status());
        assertThrows(IllegalStateException.class,
                () -> broken.handle("GET", "/api/check", "actor=president&act=dismiss&target=akim-of-district", null, null));
    }
}
