package kz.atazan.teaching;

import kz.atazan.text.Words;
import kz.atazan.model.Language;
import static kz.atazan.teaching.Rules.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Entity;
import kz.atazan.model.Judgment;
import kz.atazan.model.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Sheets drawn from the scenario files, carried in the page, graded against the engine. */
class ExercisesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/teaching/fixtures.yaml");

    private final SheetMaker maker = new SheetMaker(Rules.engine());

    private Sheet fixtureSheet() {
        QuestionPool pool = QuestionPool.read(List.of(FIXTURES));
        return maker.make(pool, new SheetMaker.Request(4, Optional.empty(), Optional.empty(), Optional.empty(), 7), "Fixtures", "4 questions.");
    }

    private static Map<String, Optional<Verdict>> engineAnswers(Sheet sheet) {
        Map<String, Optional<Verdict>> answers = new LinkedHashMap<>();
        sheet.questions().forEach(q -> answers.put(q.id(), Optional.of(Rules.engine().judge(q.action()).verdict())));
        return answers;
    }

    @Test
    void aSheetFromTheFixturesHoldsItsFourActionsHalfConstitutional() {
        Sheet sheet = fixtureSheet();
        assertEquals(List.of("q1", "q2", "q3", "q4"), sheet.questions().stream().map(Question::id).toList());
        Set<Action> actions = sheet.questions().stream().map(Question::action).collect(Collectors.toSet());
        assertEquals(Set.of(
                Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_DISTRICT, day("2022-06-07")),
                Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_DISTRICT, day("2022-06-08")),
                Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.CHAIR_OF_NATIONAL_BANK, day("2026-06-30")),
                Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.CHAIR_OF_NATIONAL_BANK, day("2026-07-01"))), actions);
        assertEquals(2, engineAnswers(sheet).values().stream().filter(v -> v.orElseThrow() == Verdict.CONSTITUTIONAL).count());
    }

    @Test
    void theSameSeedDrawsTheSameSheetAndTheRequestIsHonoured() {
        QuestionPool pool = QuestionPool.read(List.of(Path.of("scenarios")));
        SheetMaker.Request request = new SheetMaker.Request(12, Optional.of("president"), Optional.of(day("2021-01-01")),
                Optional.of(day("2024-12-31")), 42);
        Sheet first = maker.make(pool, request, "t", "a");
        Sheet again = maker.make(pool, request, "t", "a");
        assertEquals(first, again);
        assertEquals(12, first.questions().size());
        Set<Action> admitted = SheetMaker.admitted(pool, request).stream().map(QuestionPool.Candidate::action).collect(Collectors.toSet());
        for (Question q : first.questions()) {
            assertTrue(!q.action().date().isBefore(day("2021-01-01")) && !q.action().date().isAfter(day("2024-12-31")), q.toString());
            assertTrue(admitted.contains(q.action()), "on the topic: " + q);
            Judgment j = Rules.engine().judge(q.action());
            if (j.verdict() == Verdict.UNDETERMINED) {
                assertFalse(NearestQuestions.unspoken(j), "undetermined only where a provision leaves it open, not the model's silence: " + q);
                assertTrue(j.decisiveReasons().stream().anyMatch(r -> r.citation().isPresent()), "a provision leaves it open: " + q);
            }
        }
        Map<Verdict, Long> answers = first.questions().stream()
                .collect(Collectors.groupingBy(q -> Rules.engine().judge(q.action()).verdict(), Collectors.counting()));
        assertEquals(Map.of(Verdict.CONSTITUTIONAL, 4L, Verdict.UNCONSTITUTIONAL, 4L, Verdict.UNDETERMINED, 4L), answers,
                "the three answers in turn, as many of each as the pool allows");
        assertFalse(first.equals(maker.make(pool, new SheetMaker.Request(12, Optional.of("president"), Optional.empty(), Optional.empty(), 43), "t", "a")));
    }

    @Test
    void theSheetCarriesItsActionsSoThatGradingReCreatesThemFromMarkdownAndHtml() {
        Sheet sheet = fixtureSheet();
        for (SheetFormat format : SheetFormat.values()) {
            SheetFile.Reading reading = SheetFile.read(SheetFile.write(sheet, format), "sheet." + format.extension());
            assertEquals(List.of(), reading.errors());
            assertEquals(sheet.questions(), reading.sheet().orElseThrow().questions(), format.toString());
        }
    }

    @Test
    void theHtmlSheetShowsEachQuestionAsASentenceWithItsDate() {
        Sheet sheet = fixtureSheet();
        Document page = Jsoup.parse(SheetFile.write(sheet, SheetFormat.HTML));
        assertEquals(4, page.select("div.question").size());
        for (Question q : sheet.questions()) {
            var div = page.getElementById(q.id());
            assertEquals(q.action().date().toString(), div.attr("data-date"));
            assertEquals(QuestionText.of(q.action()), div.selectFirst("p.text").text());
        }
        assertTrue(page.selectFirst("script#atazan-sheet").data().contains("\"akim-of-district\""));
        assertFalse(page.text().contains("unconstitutional\" :"), "no answer is stored in the sheet");
    }

    @Test
    void theQuestionSentenceUsesTheVocabularysWordsWithoutGivingTheAnswerAway() {
        Action a = Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.CHAIR_OF_CONSTITUTIONAL_COUNCIL, day("2024-05-10"))
                .with(b -> b.consent(Entity.SENATE, true));
        String text = QuestionText.of(a);
        assertEquals("On 10 May 2024, the President appoints the Chair of the Constitutional Council."
                + " The consent of the Senate has been obtained. Is this constitutional?", text);
        assertEquals("10 мая 2024 года Президент назначает Председателя Конституционного Совета."
                + " Получено согласие Сената Парламента. Соответствует ли это Конституции?", QuestionText.of(a, kz.atazan.text.Words.in(kz.atazan.model.Language.RU)));
        assertFalse(text.contains("until 2022"));
        assertEquals("actor: president · act: appoint · target: chair-of-constitutional-council · consents: [senate] · date: 2024-05-10",
                QuestionText.fields(a));
    }

    @Test
    void rightAnswersScoreFullMarksAndAWrongOneIsExplained() {
        Sheet sheet = fixtureSheet();
        Grader grader = new Grader(Rules.engine());
        Map<String, Optional<Verdict>> right = engineAnswers(sheet);
        Grading allRight = grader.grade(sheet, right);
        assertTrue(allRight.allRight());
        assertEquals(4, allRight.right());

        String districtAfterReform = sheet.questions().stream()
                .filter(q -> q.action().equals(Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_DISTRICT, day("2022-06-08"))))
                .findFirst().orElseThrow().id();
        Map<String, Optional<Verdict>> oneWrong = new LinkedHashMap<>(right);
        oneWrong.put(districtAfterReform, Optional.of(Verdict.CONSTITUTIONAL));
        Grading graded = grader.grade(sheet, oneWrong);
        assertFalse(graded.allRight());
        assertEquals(3, graded.right());
        Grading.Graded wrong = graded.graded().stream().filter(g -> !g.right()).findFirst().orElseThrow();
        assertEquals(districtAfterReform, wrong.question().id());
        Explanation feedback = wrong.feedback().orElseThrow();
        assertEquals("act before 8 June 2022", feedback.smallestChange().orElseThrow().otherDate().orElseThrow().when(Words.in(Language.EN)));
        String text = String.join("\n", GradeText.lines(graded));
        assertTrue(text.startsWith("score: 3/4 (75%)"), text);
        assertTrue(text.contains(districtAfterReform + ": you answered constitutional, but it is unconstitutional"), text);
        assertTrue(text.contains("Art. 87(4), Constitution of 1995, as worded by the Law of 8 June 2022"), text);
    }

    @Test
    void aMissingAnswerIsWrongAndTheAnswersFileAcceptsFirstLetters() {
        Sheet sheet = fixtureSheet();
        Answers.Reading reading = Answers.read("q1: c\nq2: U\nq3:\n", "answers.yaml", sheet);
        assertEquals(List.of(), reading.errors());
        assertEquals(Optional.of(Verdict.CONSTITUTIONAL), reading.answers().get("q1"));
        assertEquals(Optional.of(Verdict.UNCONSTITUTIONAL), reading.answers().get("q2"));
        assertEquals(Optional.empty(), reading.answers().get("q3"));
        Grading graded = new Grader(Rules.engine()).grade(sheet, reading.answers());
        assertFalse(graded.graded().stream().filter(g -> g.question().id().equals("q3") || g.question().id().equals("q4"))
                .anyMatch(Grading.Graded::right), "unanswered questions are wrong");
    }

    @Test
    void badAnswersAreReportedWithTheClosestVerdictAndTheSheetsIds() {
        Sheet sheet = fixtureSheet();
        Answers.Reading reading = Answers.read("q1: constitutionl\nq9: c\n", "answers.yaml", sheet);
        List<String> messages = reading.errors().stream().map(Object::toString).toList();
        assertTrue(messages.contains("answers.yaml:1: q1: unknown verdict 'constitutionl'; did you mean 'constitutional'?"), messages.toString());
        assertTrue(messages.contains("answers.yaml:2: no question 'q9' on the sheet (its questions are q1, q2, q3, q4)"), messages.toString());
    }

    @Test
    void aYesIsNoVerdictAndQ1IsASlipForQ1() {
        Answers.Reading reading = Answers.read("q1: yes\nQ2: c\n", "answers.yaml", fixtureSheet());
        List<String> messages = reading.errors().stream().map(Object::toString).toList();
        assertEquals(List.of("answers.yaml:1: q1: a yes or no (read as true) is not a verdict; write constitutional, unconstitutional"
                + " or undetermined (or c, u, d)", "answers.yaml:2: no question 'Q2' on the sheet; did you mean 'q2'?"), messages);
    }

    @Test
    void aQuestionWithABadActionIsNamedInTheLanguageOfTheMessageNotBesideTheFileName() {
        String sheet = "{\"format\": \"atazan-exercise-sheet/1\", \"questions\": [{\"id\": \"q1\", \"date\": \"2023-05-01\","
                + " \"action\": {\"actor\": \"presidnet\", \"act\": \"dismiss\", \"target\": \"akim-of-district\"}}]}";
        SheetFile.Reading reading = SheetFile.read(sheet, "sheet.json");
        assertTrue(reading.sheet().isEmpty());
        kz.atazan.scenario.InputError error = reading.errors().get(0);
        assertEquals("sheet.json", error.file());
        assertTrue(error.in(kz.atazan.model.Language.RU).startsWith("sheet.json: вопрос q1: "), error.in(kz.atazan.model.Language.RU));
        assertTrue(error.in(kz.atazan.model.Language.KK).startsWith("sheet.json: q1 сұрағы: "), error.in(kz.atazan.model.Language.KK));
    }

    @Test
    void aPageThatIsNoSheetIsRefused() {
        SheetFile.Reading reading = SheetFile.read("# Notes\n\nNothing here.\n", "notes.md");
        assertTrue(reading.sheet().isEmpty());
        assertTrue(reading.errors().get(0).message().toString().startsWith("not an exercise sheet"));
    }

    @Test
    void practiceSaysRightOrExplainsAndStopsOnQ() {
        Sheet sheet = fixtureSheet();
        Verdict right = Rules.engine().judge(sheet.questions().get(0).action()).verdict();
        Verdict wrong = Rules.engine().judge(sheet.questions().get(1).action()).verdict() == Verdict.CONSTITUTIONAL
                ? Verdict.UNCONSTITUTIONAL : Verdict.CONSTITUTIONAL;
        String input = right.label().substring(0, 1) + "\nperhaps\n" + wrong.label() + "\nq\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Grading grading = new Practice(new Grader(Rules.engine()), new BufferedReader(new StringReader(input)),
                new PrintStream(out, true, StandardCharsets.UTF_8)).run(sheet);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(2, grading.graded().size(), "two answered, then q");
        assertTrue(text.contains("right: " + right.label()), text);
        assertTrue(text.contains("unknown verdict 'perhaps'"), text);
        assertTrue(text.contains(sheet.questions().get(1).id() + ": you answered " + wrong.label()), text);
        assertTrue(text.endsWith("score: 1/2" + System.lineSeparator()), text);
    }
}
