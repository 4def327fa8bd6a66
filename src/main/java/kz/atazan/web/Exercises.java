package kz.atazan.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import kz.atazan.engine.Engine;
import kz.atazan.model.Language;
import kz.atazan.model.Verdict;
import kz.atazan.scenario.Vocabulary;
import kz.atazan.teaching.AnswerKey;
import kz.atazan.teaching.Answers;
import kz.atazan.teaching.Explainer;
import kz.atazan.teaching.GradeText;
import kz.atazan.teaching.Grader;
import kz.atazan.teaching.Grading;
import kz.atazan.teaching.QuestionPool;
import kz.atazan.teaching.QuestionText;
import kz.atazan.teaching.Sheet;
import kz.atazan.teaching.SheetFile;
import kz.atazan.teaching.SheetFormat;
import kz.atazan.teaching.SheetMaker;
import kz.atazan.text.Words;

/**
 * The exercises of the web page: a sheet drawn as {@code exercises generate} draws it (fixed by
 * topic, size and seed), answered on the page and checked at once with the reasons for each wrong
 * answer, an answer file graded, and the sheet and its key to download and print.
 */
final class Exercises {

    /** The most questions a sheet on the page holds: each answer is a parameter q1, q2, ... */
    static final int MOST_QUESTIONS = 30;
    static final List<String> PARAMETERS;
    static final String ANSWER_FILE = "answers.yaml";

    static {
        List<String> names = new ArrayList<>(List.of("lang", "topic", "count", "seed", "check", "answers"));
        IntStream.rangeClosed(1, MOST_QUESTIONS).forEach(i -> names.add("q" + i));
        PARAMETERS = List.copyOf(names);
    }

    private final Supplier<Engine> engine;
    private final Supplier<QuestionPool> pool;

    Exercises(Supplier<Engine> engine, Supplier<QuestionPool> pool) {
        this.engine = engine;
        this.pool = pool;
    }

    /** What the query asks for: the sheet's topic (empty for any), size and seed (a new one when none is given). */
    record Request(Optional<String> topic, int count, long seed) {

        static Request of(Query query) throws BadRequest {
            Optional<String> topic = query.one("topic").filter(t -> !t.isBlank());
            int count = number(query, "count", 5, 1, MOST_QUESTIONS);
            long seed = query.one("seed").isPresent() ? number(query, "seed", 0, 0, Integer.MAX_VALUE) : new Random().nextInt(1_000_000);
            return new Request(topic, count, seed);
        }

        private static int number(Query query, String name, int otherwise, int least, int most) throws BadRequest {
            Optional<String> given = query.one(name).map(String::strip).filter(v -> !v.isEmpty());
            if (given.isEmpty()) {
                return otherwise;
            }
            if (!given.get().matches("\\d{1,9}") || Integer.parseInt(given.get()) < least || Integer.parseInt(given.get()) > most) {
                throw new BadRequest(name, "expected a whole number from " + least + " to " + most + ", not '" + Query.shortened(given.get()) + "'");
            }
            return Integer.parseInt(given.get());
        }

        /** The query that draws this sheet again, in a language. */
        String query(Language language) {
            return "lang=" + language.code() + topic.map(t -> "&topic=" + Site.encode(t)).orElse("") + "&count=" + count + "&seed=" + seed;
        }
    }

    Sheet sheet(Request request) throws BadRequest {
        QuestionPool questions = pool.get();
        SheetMaker.Request drawing = new SheetMaker.Request(request.count(), request.topic(), Optional.empty(), Optional.empty(), request.seed());
        if (SheetMaker.admitted(questions, drawing).isEmpty()) {
            throw new BadRequest("topic", "no question on '" + Query.shortened(request.topic().orElse("")) + "'; the topics are "
                    + String.join(", ", questions.topics()) + ", or an act, actor or target name");
        }
        return new SheetMaker(engine.get()).make(questions, drawing, "", "");
    }

    /** The page: the sheet, and once answered (on the page, or as an answer file), each answer checked. */
    ExercisesPage page(Query query, Language language, Map<String, String> text) throws BadRequest {
        Request request = Request.of(query);
        Sheet sheet = sheet(request);
        Words words = Words.in(language);
        List<String> problems = new ArrayList<>();
        Map<String, Optional<Verdict>> answers = new LinkedHashMap<>();
        boolean checked = query.has("check") || query.has("answers");
        if (query.has("answers")) {
            Answers.Reading reading = Answers.read(query.one("answers").orElse(""), ANSWER_FILE, sheet);
            reading.errors().forEach(e -> problems.add(e.in(language)));
            answers.putAll(reading.answers());
        } else {
            for (var q : sheet.questions()) {
                Optional<String> given = query.one(q.id()).filter(v -> !v.isBlank());
                if (given.isPresent()) {
                    Vocabulary.Lookup<Verdict> verdict = Vocabulary.verdict(given.get());
                    if (verdict.value().isEmpty()) {
                        throw new BadRequest(q.id(), verdict.problem().in(language));
                    }
                    answers.put(q.id(), verdict.value());
                }
            }
        }
        Optional<Grading> grading = checked && problems.isEmpty() ? Optional.of(new Grader(engine.get()).grade(sheet, answers)) : Optional.empty();
        List<ExercisesPage.Item> items = new ArrayList<>();
        for (int i = 0; i < sheet.questions().size(); i++) {
            var q = sheet.questions().get(i);
            Optional<Verdict> given = answers.getOrDefault(q.id(), Optional.empty());
            List<AskPage.Option> choices = new ArrayList<>();
            for (Verdict v : Verdict.values()) {
                choices.add(new AskPage.Option(v.label(), words.verdict(v), given.equals(Optional.of(v))));
            }
            Optional<ExercisesPage.Result> result = grading.map(g -> g.graded().stream().filter(x -> x.question().id().equals(q.id())).findFirst()
                    .map(x -> new ExercisesPage.Result(x.right(), x.right() ? List.of() : GradeText.feedback(x, words))).orElseThrow());
            items.add(new ExercisesPage.Item(q.id(), QuestionText.of(q.action(), words), QuestionText.fields(q.action()), choices, result));
        }
        Optional<String> score = grading.map(g -> words.say("grade.score", "right", g.right(), "all", g.graded().size(),
                "percent", Math.round(100.0 * g.right() / Math.max(1, g.graded().size()))));
        List<AskPage.Option> topics = new ArrayList<>();
        topics.add(new AskPage.Option("", text.getOrDefault("exercises.any-topic", "—"), request.topic().isEmpty()));
        pool.get().topics().stream().sorted().forEach(t -> topics.add(new AskPage.Option(t, t, request.topic().equals(Optional.of(t)))));
        String drawn = request.query(language);
        return new ExercisesPage(language.code(), text, Site.languages(language), topics, request.count(), request.seed(), items, score, problems,
                "/exercises/sheet?" + drawn, "/exercises/key?" + drawn,
                "/exercises?lang=" + language.code() + request.topic().map(t -> "&topic=" + Site.encode(t)).orElse("") + "&count=" + request.count());
    }

    /** The sheet, or its key with every answer explained, as a page to print (offered as a file: it carries its own style). */
    Response printable(Query query, Language language, boolean key) throws BadRequest {
        Request request = Request.of(query);
        Sheet sheet = sheet(request);
        Words words = Words.in(language);
        String html = key ? AnswerKey.write(sheet, new Explainer(engine.get()), SheetFormat.HTML, words) : SheetFile.write(sheet, SheetFormat.HTML, words);
        String name = (key ? "key-" : "sheet-") + request.seed() + ".html";
        return new Response(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8),
                List.of(List.of("Content-Disposition", "attachment; filename=\"" + name + "\"")));
    }
}
