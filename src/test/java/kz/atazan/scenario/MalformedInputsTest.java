package kz.atazan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed scenario file of src/test/resources/malformed gives the messages listed for it
 * (file, line, a plain sentence), and the valid scenarios beside the broken one are still read.
 */
class MalformedInputsTest {

    static final Path FOLDER = Path.of("src/test/resources/malformed");
    static final Path CASES = FOLDER.resolve("cases");
    private static final Pattern GOOD_ID = Pattern.compile("(?m)^\\s*-?\\s*id: (good[a-z0-9-]*)");
    /** What no message may contain: the names of Java, Jackson or SnakeYAML classes, stack frames. */
    private static final Pattern INTERNALS = Pattern.compile("Exception|\\bat [a-z]+\\.|org\\.yaml|com\\.fasterxml|snakeyaml|java\\.lang|\\$");

    static List<Path> cases() throws IOException {
        try (Stream<Path> walk = Files.walk(CASES)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static String shown(Path file) {
        return CASES.relativize(file).toString().replace('\\', '/');
    }

    /** The messages expected for each case, from expected.txt. */
    static Map<String, List<String>> expected() throws IOException {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FOLDER.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            byFile.computeIfAbsent(line.substring(0, line.indexOf(".yaml") + 5), k -> new ArrayList<>()).add(line);
        }
        return byFile;
    }

    /** The ids of the valid scenarios a case holds: those that must still be read. */
    static Set<String> goodIds(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Set<String> ids = new TreeSet<>();
        Matcher m = GOOD_ID.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void thereAreAtLeastTwoHundredCasesInEveryCategoryTheIssueNames() throws IOException {
        List<Path> cases = cases();
        assertTrue(cases.size() >= 200, "only " + cases.size() + " cases");
        Set<String> categories = cases.stream().map(p -> CASES.relativize(p).getName(0).toString()).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(Set.of("aliases", "broken-yaml", "bytes", "dates", "documents", "duplicates", "empty", "long",
                "missing-fields", "nesting", "numbers-for-names", "tags", "unknown-names", "whitespace", "wrong-types")), new TreeSet<>(categories));
        assertEquals(new TreeSet<>(expected().keySet()), cases.stream().map(MalformedInputsTest::shown).collect(Collectors.toCollection(TreeSet::new)),
                "every case has its messages in expected.txt, and every entry there has its case");
    }

    @TestFactory
    Stream<DynamicTest> eachCaseGivesItsMessagesAndKeepsItsValidScenarios() throws IOException {
        Map<String, List<String>> expected = expected();
        return cases().stream().map(file -> DynamicTest.dynamicTest(shown(file), () -> {
            long start = System.nanoTime();
            ScenarioReader.Reading reading = ScenarioReader.read(file, shown(file));
            long millis = (System.nanoTime() - start) / 1_000_000;
            List<String> actual = reading.errors().stream().map(InputError::toString).toList();
            assertEquals(String.join("\n", expected.getOrDefault(shown(file), List.of())), String.join("\n", actual));
            for (InputError error : reading.errors()) {
                // what the user wrote is quoted back as written; the rest must be plain words
                assertFalse(INTERNALS.matcher(error.message().toString().replaceAll("'[^']*'", "''")).find(), "a message in plain words: " + error);
                assertTrue(error.line() > 0 || error.message().toString().startsWith("the file is"), "a message names its line: " + error);
            }
            Set<String> read = reading.file().scenarios().stream().map(Scenario::id).collect(Collectors.toCollection(TreeSet::new));
            Set<String> good = goodIds(file);
            assertTrue(read.containsAll(good), "the valid scenarios " + good + " are still read, not only " + read);
            assertTrue(read.stream().noneMatch(id -> id.startsWith("bad")), "no broken scenario is read: " + read);
            assertTrue(millis < 10_000, "read in " + millis + " ms");
        }));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread(@TempDir Path folder) throws IOException {
        Path big = folder.resolve("big.yaml");
        Files.writeString(big, "title: " + "x".repeat(InputLimits.FILE_BYTES) + "\nscenarios: []\n");
        ScenarioReader.Reading reading = ScenarioReader.read(big, "big.yaml");
        assertEquals(List.of("big.yaml: the file is 1,048,598 bytes; a scenario file may be at most 1,048,576 bytes (1 MiB): split it into several files"),
                reading.errors().stream().map(InputError::toString).toList());
    }

    @Test
    void aDirectoryOrAMissingFileIsAPlainError(@TempDir Path folder) {
        ScenarioReader.Reading reading = ScenarioReader.read(folder.resolve("gone.yaml"), "gone.yaml");
        assertEquals(1, reading.errors().size());
        assertTrue(reading.errors().get(0).message().toString().startsWith("cannot read the file: "), reading.errors().toString());
    }
}
