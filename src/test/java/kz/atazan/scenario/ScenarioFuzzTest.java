package kz.atazan.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of the scenario reader (Jazzer): whatever bytes a file holds, reading it
 * ends, throws nothing, and every problem is a plain sentence with a line in the file. Run as a
 * plain test, each method replays its seeds and every input once found to fail
 * (ScenarioFuzzTestInputs/). To fuzz, one method at a time:
 *
 * <pre>JAZZER_FUZZ=1 mvn -B -ntp surefire:test -Dtest=ScenarioFuzzTest#readsAnyBytes          # 15 seconds, as CI does
 * JAZZER_FUZZ=1 mvn -B -ntp surefire:test -Dtest=ScenarioFuzzTest#readsAnyBytesForAnHour  # the longer run</pre>
 *
  * (after {@code mvn -B -ntp test-compile}; dictionary entries may hold no line breaks: libFuzzer's
 * dictionary format has no way to write them); an input that fails is written to ScenarioFuzzTestInputs/
 * and replayed from then on: fix the reader and keep it there as a test.
 */
class ScenarioFuzzTest {

    private static final Pattern INTERNALS = Pattern.compile("Exception|\\bat [a-z]+\\.|org\\.yaml|com\\.fasterxml|snakeyaml|java\\.lang");

    @FuzzTest(maxDuration = "15s")
    @DictionaryEntries({"scenarios:", "  - id: ", "    action: ", "{actor: president, act: dismiss, target: akim-of-region}",
            "    expect:", "      - ", "{date: 2023-05-01, verdict: constitutional}", "cites: [Art. 87(4)]", "consents: [senate]",
            "votes: {majilis: {for: 70, of: 98}}", "appointee: {termsInARow: 2}", "candidates: 2", "&a ", "*a", "<<: ", "!!java ", "---",
            "30.02.2024", "+999999999-01-01"})
    void readsAnyBytes(byte[] bytes) {
        check(bytes);
    }

    @FuzzTest(maxDuration = "1h")
    @DictionaryEntries({"scenarios:", "  - id: ", "    action: ", "{actor: president, act: dismiss, target: akim-of-region}",
            "    expect:", "      - ", "{date: 2023-05-01, verdict: constitutional}", "cites: [Art. 87(4)]", "consents: [senate]",
            "votes: {majilis: {for: 70, of: 98}}", "appointee: {termsInARow: 2}", "candidates: 2", "&a ", "*a", "<<: ", "!!java ", "---",
            "30.02.2024", "+999999999-01-01"})
    void readsAnyBytesForAnHour(byte[] bytes) {
        check(bytes);
    }

    static void check(byte[] bytes) {
        ScenarioReader.Reading reading = ScenarioReader.read(bytes, "fuzzed.yaml");
        long lines = 2 + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).chars().filter(c -> c == '\n' || c == '\r').count();
        for (InputError error : reading.errors()) {
            assertNotNull(error.message().toString());
            assertFalse(error.message().toString().isBlank(), "a message says something");
            assertFalse(INTERNALS.matcher(error.message().toString().replaceAll("'[^']*'", "''")).find(), () -> "a plain message: " + error);
            assertTrue(error.line() >= 0 && error.line() <= lines, () -> "a line of the file: " + error);
        }
        for (Scenario scenario : reading.file().scenarios()) {
            assertNotNull(scenario.action());
            assertFalse(scenario.checks().isEmpty());
            scenario.checks().forEach(c -> assertTrue(!c.date().isBefore(InputLimits.FIRST_DAY) && !c.date().isAfter(InputLimits.LAST_DAY)));
        }
    }
}
