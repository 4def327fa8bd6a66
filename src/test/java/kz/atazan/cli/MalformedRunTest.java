package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'atazan run' over every malformed case at once, beside a valid file: exit 2, every file reported
 * with its messages and no stack trace, and every valid scenario still run and passed.
 */
class MalformedRunTest {

    private static final Path FOLDER = Path.of("src/test/resources/malformed");

    @Test
    void everyBrokenFileIsReportedAndEveryValidScenarioStillRuns(@TempDir Path folder) throws IOException {
        Path valid = folder.resolve("valid.yaml");
        Files.writeString(valid, """
                scenarios:
                  - id: district-akim
                    action: {actor: president, act: dismiss, target: akim-of-district}
                    expect:
                      - {date: 01.05.2021, verdict: constitutional, cites: ["Art. 87(4)"]}
                      - {date: 2023-05-01, verdict: unconstitutional}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"run", FOLDER.resolve("cases").toString(), valid.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, stderr);
        assertFalse((stdout + stderr).contains("Exception") || (stdout + stderr).contains("\tat "), "no stack trace");
        long cases;
        try (Stream<Path> walk = Files.walk(FOLDER.resolve("cases"))) {
            cases = walk.filter(Files::isRegularFile).count();
        }
        List<String> lines = stdout.lines().toList();
        String closing = lines.get(lines.size() - 1);
        assertTrue(closing.matches("\\d+ passed, 0 failed, " + cases + " files with errors"), closing);
        assertTrue(Long.parseLong(closing.substring(0, closing.indexOf(' '))) > 1000, "the valid scenarios ran: " + closing);
        for (String expected : Files.readAllLines(FOLDER.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (!expected.isBlank() && !expected.startsWith("#")) {
                String shown = FOLDER.resolve("cases") + "/" + expected;
                assertTrue(stderr.contains(shown), "reported: " + shown);
            }
        }
    }
}
