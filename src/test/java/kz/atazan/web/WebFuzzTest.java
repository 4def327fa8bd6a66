package kz.atazan.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of the web site's requests (Jazzer), as the scenario reader and the
 * command line are fuzzed: whatever the method, path, query and body, the site answers (never
 * throws), with a status it means (no 500), and an error names what is wrong in plain words. Run as
 * a plain test it replays its seeds and every input once found to fail (WebFuzzTestInputs/); to
 * fuzz: {@code JAZZER_FUZZ=1 mvn -B -ntp surefire:test -Dtest=WebFuzzTest#answersAnyRequest}
 * (after {@code mvn -B -ntp test-compile}), or {@code #answersAnyRequestForAnHour}.
 */
class WebFuzzTest {

    private static final List<String> PATHS = List.of("/", "/api/check", "/api/explain", "/api/compare", "/api/vocabulary", "/api/powers",
            "/api/balance", "/api/run", "/api/openapi.json", "/powers", "/balance", "/run", "/exercises", "/exercises/sheet", "/exercises/key",
            "/assets/site.css", "/assets/../pom.xml", "/assets/", "/api/");
    private static final Set<Integer> MEANT = Set.of(200, 400, 404, 405);
    private static final Pattern INTERNALS = Pattern.compile("Exception|\\bat [a-z]+\\.|com\\.fasterxml|java\\.lang|gg\\.jte");

    @FuzzTest(maxDuration = "15s")
    @DictionaryEntries({"actor=", "act=", "target=", "on=", "lang=ru", "consent=", "votes=", "majilis=70/98", "president", "dismiss",
            "akim-of-district", "2023-05-01", "%", "%FF", "&", "=", "from=", "format=csv", "topic=akim", "seed=", "count=", "q1=", "check=1",
            "scenario=", "answers=", "ask=1"})
    void answersAnyRequest(FuzzedDataProvider data) {
        check(data);
    }

    @FuzzTest(maxDuration = "1h")
    @DictionaryEntries({"actor=", "act=", "target=", "on=", "lang=ru", "consent=", "votes=", "majilis=70/98", "president", "dismiss",
            "akim-of-district", "2023-05-01", "%", "%FF", "&", "=", "from=", "format=csv", "topic=akim", "seed=", "count=", "q1=", "check=1",
            "scenario=", "answers=", "ask=1"})
    void answersAnyRequestForAnHour(FuzzedDataProvider data) {
        check(data);
    }

    static void check(FuzzedDataProvider data) {
        String method = data.pickValue(List.of("GET", "HEAD", "POST", "DELETE"));
        String path = data.consumeBoolean() ? data.pickValue(PATHS) : "/" + data.consumeString(40);
        // the count and topic of a sheet are kept small: a long key explains every answer, and the fuzzer would spend its time there
        String query = data.consumeString(300).replaceAll("count=\\d{2,}", "count=2");
        byte[] body = data.consumeRemainingAsBytes();
        Response r = Sites.site().handle(method, path, query, null, null, body);
        assertTrue(MEANT.contains(r.status()), () -> r.status() + " for " + method + " " + path + "?" + query + ": " + r.text());
        if (r.status() != 200) {
            assertFalse(INTERNALS.matcher(r.text().replaceAll("'[^']*'", "''")).find(), () -> "a plain error: " + r.text());
        }
    }
}
