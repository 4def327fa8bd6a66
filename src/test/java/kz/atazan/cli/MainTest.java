package kz.atazan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user sees it: output, the closing line, and the exit codes. */
class MainTest {

    @TempDir
    Path folder;

    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run atazan(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path scenario(String name, String expectedVerdict) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, """
                scenarios:
                  - id: district-akim
                    title: The President dismisses the akim of a district
                    action: {actor: president, act: dismiss, target: akim-of-district}
                    expect:
                      - {date: 2021-05-01, verdict: constitutional, cites: ["Art. 87(4)"]}
                      - {date: 2023-05-01, verdict: %s}
                """.formatted(expectedVerdict));
        return file;
    }

    @Test
    void aPassingRunEndsWithTheCountAndExitsZero() throws IOException {
        Run run = atazan("run", scenario("ok.yaml", "unconstitutional").toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("2 passed, 0 failed", run.lines().get(run.lines().size() - 1));
    }

    @Test
    void aFailingCheckIsPrintedWithExpectedActualAndReasonsAndExitsOne() throws IOException {
        Run run = atazan("run", scenario("wrong.yaml", "constitutional").toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("FAIL ") && run.out().contains("wrong.yaml:7"), run.out());
        assertTrue(run.out().contains("expected constitutional, got unconstitutional"), run.out());
        assertTrue(run.out().contains("Art. 87(4), Constitution of 1995 (gives no such power)"), run.out());
        assertEquals("1 passed, 1 failed", run.lines().get(run.lines().size() - 1));
    }

    @Test
    void aBadFileIsReportedWithItsLineWhileTheOthersStillRun() throws IOException {
        scenario("good.yaml", "unconstitutional");
        Files.writeString(folder.resolve("bad.yaml"), "scenarios:\n  - id: x\n    action: {actor: presidnet, act: dismiss, target: akim-of-region}\n"
                + "    expect:\n      - {date: 2023-05-01, verdict: constitutional}\n");
        Run run = atazan("run", folder.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bad.yaml:3: unknown actor 'presidnet'; did you mean 'president'?"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals("2 passed, 0 failed, 1 file with errors", run.lines().get(run.lines().size() - 1));
    }

    @Test
    void aMissingPathIsBadInput() {
        Run run = atazan("run", folder.resolve("nowhere").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("no such file or folder"), run.err());
    }

    @Test
    void jsonResultsFollowTheContract() throws IOException {
        Run run = atazan("run", "--format", "json", scenario("ok.yaml", "unconstitutional").toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(2, json.get("passed").asInt());
        assertEquals(0, json.get("failed").asInt());
        assertTrue(json.get("errors").isArray());
        JsonNode second = json.get("results").get(1);
        assertEquals("district-akim", second.get("id").asText());
        assertEquals("2023-05-01", second.get("date").asText());
        assertEquals("unconstitutional", second.get("expected").asText());
        assertEquals("unconstitutional", second.get("actual").asText());
        assertTrue(second.get("passed").asBoolean());
        assertTrue(second.get("file").asText().endsWith("ok.yaml"));
        JsonNode reason = second.get("reasons").get(0);
        assertEquals("Art. 87(4)", reason.get("provision").asText());
        assertTrue(reason.get("edition").asText().contains("8 June 2022"));
        assertFalse(reason.get("text").asText().isBlank());
    }

    @Test
    void checkAnswersWithTheVerdictAndTheProvision() {
        Run run = atazan("check", "--actor", "president", "--act", "appoint", "--target", "chair-of-national-bank", "--on", "2023-05-01");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("verdict: unconstitutional"), run.out());
        assertTrue(run.out().contains("the consent of the Senate was not obtained"), run.out());

        Run withConsent = atazan("check", "--actor", "president", "--act", "appoint", "--target", "chair-of-national-bank",
                "--on", "2023-05-01", "--consent", "senate");
        assertTrue(withConsent.out().contains("verdict: constitutional"), withConsent.out());
    }

    @Test
    void checkWithoutADateAnswersForTodayAndSaysWhichConstitutionIt() {
        java.time.Clock may2024 = java.time.Clock.fixed(java.time.Instant.parse("2024-05-01T10:00:00Z"), java.time.ZoneOffset.UTC);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"check", "--actor", "president", "--act", "dismiss", "--target", "akim-of-region"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), may2024);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit);
        assertTrue(text.startsWith("president dismiss akim-of-region on 2024-05-01 (today)"), text);
        assertTrue(text.contains("law: the Constitution of 1995 with every amendment in force on that date;"
                + " the decisive provisions stand as worded by the Law of 8 June 2022"), text);
    }

    @Test
    void checkRejectsAnUnknownNameWithASuggestionAndExitsTwo() {
        Run run = atazan("check", "--actor", "presidnet", "--act", "dismiss", "--target", "akim-of-district", "--on", "2023-05-01");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--actor: unknown actor 'presidnet'; did you mean 'president'?"), run.err());
    }

    @Test
    void checkRejectsABadDateAndExitsTwo() {
        Run run = atazan("check", "--actor", "president", "--act", "dismiss", "--target", "akim-of-district", "--on", "2023-13-01");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("'2023-13-01' is not a date: there is no month 13"), run.err());
    }

    @Test
    void aDateBeyondTheYearsAtazanReadsIsAnErrorNotAVerdict() {
        Run run = atazan("check", "--actor", "president", "--act", "dismiss", "--target", "akim-of-district", "--on", "+999999999-01-01");
        assertEquals(2, run.exit());
        assertEquals("atazan check: --on: '+999999999-01-01' is outside the dates Atazan reads, 1990-01-01 to 2100-12-31\n", run.err());
    }

    @Test
    void anImpossibleDayIsNamedAndDottedDatesAreRead() {
        Run impossible = atazan("check", "--actor", "president", "--act", "dismiss", "--target", "akim-of-district", "--on", "2024-02-30");
        assertEquals(2, impossible.exit());
        assertTrue(impossible.err().contains("'2024-02-30' is not a date: 2024 has no 30 February"), impossible.err());
        Run dotted = atazan("check", "--actor", "president", "--act", "dismiss", "--target", "akim-of-district", "--on", "01.05.2023");
        assertEquals(0, dotted.exit(), dotted.err());
        assertTrue(dotted.out().startsWith("president dismiss akim-of-district on 2023-05-01"), dotted.out());
    }

    @Test
    void aCitationOnlyFailureSaysWhichCitationWasMissing() throws IOException {
        Path file = folder.resolve("cites.yaml");
        Files.writeString(file, """
                scenarios:
                  - id: district-akim
                    action: {actor: president, act: dismiss, target: akim-of-district}
                    expect:
                      - {date: 2021-05-01, verdict: constitutional, cites: ["Art. 87(4)", "Art. 44(3)"]}
                """);
        Run run = atazan("run", file.toString());
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("verdict constitutional as expected, but the reasons do not cite Art. 44(3)"), run.out());
    }

    @Test
    void commaListsAndTheDerivedOptionsAreAccepted() {
        Run run = atazan("check", "--actor", "president", "--act", "appoint", "--target", "chair-of-national-bank",
                "--consent", "senate,majilis", "--on", "2023-05-01");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("president appoint chair-of-national-bank on 2023-05-01 (consents: majilis, senate)"), run.out());
        Run help = atazan("check", "--help");
        for (String option : List.of("--actor", "--consent", "--proposed-by", "--consulted", "--candidates", "--circumstance", "--votes",
                "--initiative", "--opinion", "--close-relative", "--terms-in-a-row", "--held-office-since-2026")) {
            assertTrue(help.out().contains(option), option + " in\n" + help.out());
        }
    }

    @Test
    void brokenRulesAreReportedWithFileAndLineAndExitThree() throws IOException {
        Path rules = folder.resolve("rules/president");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("broken.drl"), "package president;\nrule \"x\"\nwhen\n  Action(\nthen\nend\n");
        Run run = atazan("run", "--rules", folder.resolve("rules").toString(), scenario("ok.yaml", "unconstitutional").toString());
        assertEquals(3, run.exit());
        assertTrue(run.err().contains("president/broken.drl:"), run.err());
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        Run run = atazan("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("run") && run.out().contains("check") && run.out().contains("vocabulary"), run.out());
        assertTrue(run.out().contains("Exit codes"), run.out());
    }

    @Test
    void aQuestionAskedInRussianWordsAndADottedDateIsAnsweredInTheCanonicalNames() {
        Run run = atazan("check", "--actor", "Президент", "--act", "освободить", "--target", "аким района", "--on", "19.01.2023");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("president dismiss akim-of-district on 2023-01-19\nverdict: unconstitutional"), run.out() + run.err());
        Run kazakh = atazan("check", "--actor", "Президент", "--act", "тағайындау", "--target", "облыс әкімі", "--consent", "Сенат,Мәжіліс",
                "--on", "2021-05-01");
        assertTrue(kazakh.out().startsWith("president appoint akim-of-region on 2021-05-01 (consents: majilis, senate)"), kazakh.out() + kazakh.err());
    }

    @Test
    void anUnknownTargetGetsTheNearestNamesNotTheWholeList() {
        Run run = atazan("check", "--actor", "president", "--act", "dismiss", "--target", "akim-raion", "--on", "2024-02-05");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown target 'akim-raion'; did you mean 'akim-of-district'?"), run.err());
        assertFalse(run.err().contains("akim-of-region"), run.err());
    }

    @Test
    void vocabularyWithAWordSearchesNamesAliasesAndMeaningsInTheThreeLanguages() {
        Run run = atazan("vocabulary", "--lang", "en", "отставка");
        assertEquals(0, run.exit(), run.err());
        assertEquals("1 name matches 'отставка':", run.lines().get(0));
        assertTrue(run.lines().get(1).startsWith("  resign (act): "), run.out());
        assertTrue(run.out().contains("kk: орнынан түсу"), run.out());
        Run russian = atazan("vocabulary", "--lang", "ru", "akim-of-oblast");
        assertTrue(russian.lines().get(1).startsWith("  akim-of-region (должность): аким области"), russian.out());
        Run none = atazan("vocabulary", "--lang", "en", "akim-of-rajon");
        assertEquals("no name matches 'akim-of-rajon'; the nearest names:", none.lines().get(0));
        assertTrue(none.lines().get(1).startsWith("  akim-of-district (office)"), none.out());
    }

    @Test
    void theGovernmentsResignationAndThePresidentsAcceptanceAreAnswered() {
        Run resign = atazan("check", "--actor", "government", "--act", "resign", "--target", "government", "--on", "2024-02-05");
        assertTrue(resign.out().contains("verdict: constitutional"), resign.out());
        assertTrue(resign.out().contains("Art. 70(2), Constitution of 1995"), resign.out());
        Run accept = atazan("check", "--actor", "Президент", "--act", "принять отставку", "--target", "Правительство", "--on", "2027-05-01");
        assertTrue(accept.out().startsWith("president accept-resignation government on 2027-05-01\nverdict: constitutional"), accept.out());
        Run majilis = atazan("check", "--actor", "majilis", "--act", "accept-resignation", "--target", "government", "--on", "2024-02-05");
        assertTrue(majilis.out().contains("verdict: unconstitutional"), majilis.out());
    }

    @Test
    void aQuestionNoProvisionSpeaksToListsTheNearestQuestionsTheRulesAnswer() {
        // "recall" the Government: no provision speaks of it; the nearest answered question is its dismissal (Art. 70(7))
        Run run = atazan("check", "--actor", "president", "--act", "recall", "--target", "government", "--on", "2024-02-05");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("verdict: undetermined"), run.out());
        int heading = run.lines().indexOf("the nearest questions the rules answer on 5 February 2024:");
        assertTrue(heading > 0, run.out());
        assertEquals("  - president dismiss government: constitutional (Art. 70(7), Constitution of 1995)", run.lines().get(heading + 1));
        assertTrue(run.out().contains("  - president recall head-of-diplomatic-mission: constitutional"), run.out());
        Run answered = atazan("check", "--actor", "president", "--act", "dismiss", "--target", "government", "--on", "2024-02-05");
        assertFalse(answered.out().contains("nearest"), answered.out());
    }

    @Test
    void checkAsJsonGivesTheNearestQuestionsAnswered() throws IOException {
        Run run = atazan("check", "--actor", "president", "--act", "recall", "--target", "government", "--on", "2024-02-05", "--format", "json");
        JsonNode nearest = new ObjectMapper().readTree(run.out()).get("nearest");
        assertTrue(nearest.size() > 0, run.out());
        for (JsonNode n : nearest) {
            assertTrue(n.get("provisions").size() > 0, "each with the provision that answers it: " + n);
        }
        Run answered = atazan("check", "--actor", "president", "--act", "dismiss", "--target", "government", "--on", "2024-02-05", "--format", "json");
        assertEquals(0, new ObjectMapper().readTree(answered.out()).get("nearest").size(), answered.out());
    }

    @Test
    void anAkimSheetMixesActsAndVerdictsAndSaysSo() throws IOException {
        Path sheet = folder.resolve("sheet.md");
        Run run = atazan("exercises", "generate", "--count", "8", "--topic", "akim", "--seed", "3", "--out", sheet.toString());
        assertEquals(0, run.exit(), run.err());
        String written = Files.readString(sheet);
        long acts = java.util.regex.Pattern.compile("act: ([a-z-]+) ·").matcher(written).results().map(m -> m.group(1)).distinct().count();
        assertTrue(acts >= 3, written);
        String key = Files.readString(folder.resolve("sheet-key.md"));
        assertTrue(key.contains("**constitutional**") && key.contains("**unconstitutional**"), key);
        assertTrue(run.out().contains("the answers: "), run.out());
    }

    @Test
    void aKurultaiSheetStatesNoOtherSizeThanThe145DeputiesOfTheText() throws IOException {
        Path sheet = folder.resolve("kurultai.md");
        Run run = atazan("exercises", "generate", "--count", "60", "--topic", "kurultai", "--seed", "1", "--out", sheet.toString());
        assertEquals(0, run.exit(), run.err());
        String written = Files.readString(sheet);
        assertTrue(written.contains("of: 145"), written);
        assertFalse(written.contains("of: 140"), written);
    }

    @Test
    void explainFromTheCommandLineProposesOptionsNotScenarioFields() {
        Run run = atazan("explain", "--actor", "president", "--act", "appoint", "--target", "chair-of-national-bank", "--on", "2023-05-01");
        assertTrue(run.out().contains("--consent senate"), run.out());
        assertFalse(run.out().contains("consents: [senate]"), run.out());
    }

    @Test
    void gradingSaysAYesIsNoVerdictAndSuggestsTheLowerCaseId() throws IOException {
        Path sheet = folder.resolve("s.md");
        atazan("exercises", "generate", "--count", "3", "--topic", "president", "--seed", "7", "--out", sheet.toString());
        Path answers = folder.resolve("a.yaml");
        Files.writeString(answers, "q1: yes\nQ2: c\n");
        Run run = atazan("exercises", "grade", sheet.toString(), answers.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("q1: a yes or no (read as true) is not a verdict"), run.err());
        assertTrue(run.err().contains("no question 'Q2' on the sheet; did you mean 'q2'?"), run.err());
    }

    @Test
    void powersDiffSaysUndeterminedWhereCheckDoes() {
        Run diff = atazan("powers", "--diff", "2021-05-01", "2023-05-01");
        int at = diff.lines().indexOf("  president appoint state-counselor");
        assertTrue(at > 0, diff.out());
        assertTrue(diff.lines().get(at + 1).startsWith("    undetermined  (no provision modelled speaks to it)"), diff.lines().get(at + 1));
        Run check = atazan("check", "--actor", "president", "--act", "appoint", "--target", "state-counselor", "--on", "2021-05-01");
        assertTrue(check.out().contains("verdict: undetermined"), check.out());
    }
}
