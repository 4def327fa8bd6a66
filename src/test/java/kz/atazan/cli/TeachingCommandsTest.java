package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** explain, compare, powers and exercises as a teacher and a student use them: output, files and exit codes. */
class TeachingCommandsTest {

    private static final String FIXTURES = "src/test/resources/teaching/fixtures.yaml";

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {}

    private static Run typing(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC());
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run atazan(String... args) {
        return typing("", args);
    }

    @Test
    void explainShowsTheMissingConsentAndTheSmallestChange() {
        Run run = atazan("explain", "--actor", "president", "--act", "appoint", "--target", "chair-of-national-bank", "--on", "2023-05-01");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("condition missing (decisive): the consent of the Senate was not obtained"), run.out());
        assertTrue(run.out().contains("on 1 May 2023: obtain the consent of the Senate"), run.out());
        assertTrue(run.out().contains("--consent senate   (Art. 44(4), Art. 55(2), Constitution of 1995)"), run.out());
        assertTrue(run.out().contains("act on or after 1 July 2026"), run.out());
    }

    @Test
    void explainAsJsonAndWithBadInput() throws IOException {
        Run run = atazan("explain", "--actor", "president", "--act", "dismiss", "--target", "akim-of-district", "--on", "2022-06-08", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("act before 8 June 2022", json.get("smallestChange").get("otherDate").get("when").asText());
        assertEquals("2022-06-08", json.get("smallestChange").get("abolishedFrom").asText());

        Run bad = atazan("explain", "--actor", "presidnet", "--act", "dismiss", "--target", "akim-of-district", "--on", "2022-06-08");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("atazan explain: --actor: unknown actor 'presidnet'; did you mean 'president'?"), bad.err());
    }

    @Test
    void compareNamesTheAmendmentAndNeedsTwoDates() {
        Run run = atazan("compare", "--on", "2026-06-30", "--on", "2026-07-01", "--actor", "president", "--act", "appoint",
                "--target", "chair-of-national-bank");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("2026-06-30 → 2026-07-01: unconstitutional → constitutional"), run.out());
        assertTrue(run.out().contains("caused by: the Constitution of 2026"), run.out());

        Run one = atazan("compare", "--on", "2026-06-30", "--actor", "president", "--act", "appoint", "--target", "chair-of-national-bank");
        assertEquals(2, one.exit());
        assertTrue(one.err().contains("give at least two different dates"), one.err());
    }

    @Test
    void powersDiffAsHtmlIsAPageWithTheChangesAndTheirCauses() {
        Run run = atazan("powers", "--diff", "2021-05-01", "2023-05-01", "--format", "html");
        assertEquals(0, run.exit(), run.err());
        Document page = Jsoup.parse(run.out());
        assertEquals("the Law of 8 June 2022",
                page.selectFirst("tr.lost[data-actor=president][data-act=dismiss][data-target=akim-of-district] td.cause").text());

        Run bad = atazan("powers", "--on", "2023-02-30");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--on: '2023-02-30' is not a date: 2023 has no 30 February"), bad.err());
    }

    @Test
    void aTeacherGeneratesASheetAndKeyAndGradesAStudentWithFeedback() throws IOException {
        Path sheet = folder.resolve("sheet.html");
        Run made = atazan("exercises", "generate", "--count", "4", "--seed", "7", "--scenarios", FIXTURES, "--format", "html",
                "--out", sheet.toString());
        assertEquals(0, made.exit(), made.err());
        Path key = folder.resolve("sheet-key.html");
        assertTrue(Files.exists(key), made.out());
        Document keyPage = Jsoup.parse(Files.readString(key));
        List<String> ids = keyPage.select("table#key tr[data-question]").eachAttr("data-question");
        assertEquals(List.of("q1", "q2", "q3", "q4"), ids);

        // the key's answers, as a student who copied them would hand them in: all right
        StringBuilder right = new StringBuilder();
        StringBuilder oneWrong = new StringBuilder();
        for (String id : ids) {
            String answer = keyPage.selectFirst("tr[data-question=" + id + "] td.answer").text();
            right.append(id).append(": ").append(answer).append('\n');
            oneWrong.append(id).append(": ").append(id.equals("q1") ? flip(answer) : answer).append('\n');
        }
        Path answers = Files.writeString(folder.resolve("answers.yaml"), right.toString());
        Run graded = atazan("exercises", "grade", sheet.toString(), answers.toString());
        assertEquals(0, graded.exit(), graded.out() + graded.err());
        assertTrue(graded.out().startsWith("score: 4/4 (100%)"), graded.out());

        Files.writeString(answers, oneWrong.toString());
        Run feedback = atazan("exercises", "grade", sheet.toString(), answers.toString());
        assertEquals(1, feedback.exit());
        assertTrue(feedback.out().startsWith("score: 3/4 (75%)"), feedback.out());
        assertTrue(feedback.out().contains("q1: you answered "), feedback.out());
        assertTrue(feedback.out().contains("the smallest change") || feedback.out().contains("the power relied on"), feedback.out());

        Files.writeString(answers, "q1: perhaps\n");
        assertEquals(2, atazan("exercises", "grade", sheet.toString(), answers.toString()).exit());
        assertEquals(2, atazan("exercises", "grade", answers.toString(), answers.toString()).exit(), "answers are not a sheet");
    }

    @Test
    void practiceReadsAnswersFromStandardInput() {
        // a sheet of four holds two of each answer, so "constitutional" four times is right twice and wrong twice
        Run run = typing("c\nc\nc\nc\n", "exercises", "practice", "--count", "4", "--seed", "7", "--scenarios", FIXTURES);
        assertTrue(run.out().contains("score: 2/4"), run.out());
        assertTrue(run.out().contains("right: ") && run.out().contains("you answered"), run.out());
        assertEquals(1, run.exit(), "two answers are wrong: " + run.out());
    }

    @Test
    void aTopicWithNoQuestionIsBadInputAndListsTheTopics() {
        Run run = atazan("exercises", "generate", "--count", "3", "--topic", "astronomy", "--scenarios", "scenarios",
                "--out", folder.resolve("s.md").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no question matches the topic 'astronomy'") && run.err().contains("president"), run.err());
    }

    private static String flip(String verdict) {
        return verdict.equals("constitutional") ? "unconstitutional" : "constitutional";
    }
}
