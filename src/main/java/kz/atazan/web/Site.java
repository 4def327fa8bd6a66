package kz.atazan.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import kz.atazan.balance.Balance;
import kz.atazan.balance.BalanceCsv;
import kz.atazan.balance.BalanceHtml;
import kz.atazan.balance.BalanceJson;
import kz.atazan.engine.Engine;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.ActionField;
import kz.atazan.model.Citation;
import kz.atazan.model.Entity;
import kz.atazan.model.Judgment;
import kz.atazan.model.Kind;
import kz.atazan.model.Language;
import kz.atazan.model.NameList;
import kz.atazan.model.Named;
import kz.atazan.model.OfficialText;
import kz.atazan.model.PersonField;
import kz.atazan.scenario.ActionArguments;
import kz.atazan.scenario.Dates;
import kz.atazan.scenario.CheckResult;
import kz.atazan.scenario.JsonReport;
import kz.atazan.scenario.RunResult;
import kz.atazan.scenario.ScenarioReader;
import kz.atazan.scenario.ScenarioRunner;
import kz.atazan.scenario.TextReport;
import kz.atazan.teaching.Comparison;
import kz.atazan.teaching.ComparisonJson;
import kz.atazan.teaching.Explainer;
import kz.atazan.teaching.NearestQuestions;
import kz.atazan.teaching.ExplanationJson;
import kz.atazan.teaching.PowerJson;
import kz.atazan.teaching.QuestionPool;
import kz.atazan.teaching.QuestionText;
import kz.atazan.teaching.PowerSurvey;
import kz.atazan.model.Edition;
import kz.atazan.model.Period;
import kz.atazan.model.Triple;
import java.util.TreeSet;
import kz.atazan.text.Messages;
import kz.atazan.text.Term;

/**
 * The site, independent of any server: a request (method, path, query, the browser's preferred
 * languages and cookie) in, a {@link Response} out. The server ({@link WebServer}) only carries
 * bytes; tests call this directly too.
 */
public final class Site {

    /**
     * Jackson, made on the first answer that needs it rather than with the site: making it costs a
     * tenth of a second, which the first page, the form, need not wait for.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
    /** The name a sent scenario file goes by in its report ("scenario.yaml:12: ..."). */
    static final String SENT_FILE = "scenario.yaml";
    static final String COOKIE = "atazan-lang";
    /** The templates compiled at build time (src/main/jte): none is parsed at run time. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "kz.atazan.web.pages");

    /** The page's own parameters, beside the action's (named like the command line's options). */
    private static final List<String> PAGE_PARAMETERS = List.of("lang", "on", "ask");
    private static final List<String> CHECK_PARAMETERS;
    private static final List<String> CHOICE_PARAMETERS = List.of("lang", "actor", "act", "target");
    private static final List<String> POWER_PARAMETERS = List.of("lang", "on", "from");
    private static final List<String> BALANCE_PARAMETERS = List.of("lang", "format");
    /** The only paths that take a body: a scenario file, sent by the page's form or to the API. */
    private static final Set<String> RUNS = Set.of("/run", "/api/run", "/exercises");
    private static final List<String> RUN_FORM = List.of("lang", "scenario");

    static {
        List<String> check = new ArrayList<>(List.of("on", "lang"));
        check.addAll(ActionArguments.names());
        CHECK_PARAMETERS = List.copyOf(check);
    }

    private final Supplier<Engine> engine;
    private final Supplier<Choices> choices;
    private final Articles articles = new Articles();
    private final ConditionsThatMatter conditionsThatMatter;
    private final Clock clock;
    private volatile PowerSurvey powerSurvey;
    private volatile Balance balance;
    private final Exercises exercises;

    /** A site; the exercises draw their questions from the scenario files under {@code scenarios}, read on first use. */
    private Site(Supplier<Engine> engine, Supplier<Choices> choices, Clock clock, List<java.nio.file.Path> scenarios) {
        this.engine = memoised(engine);
        this.choices = choices;
        this.clock = clock;
        this.conditionsThatMatter = new ConditionsThatMatter(this.engine);
        this.exercises = new Exercises(this.engine, memoised(() -> QuestionPool.read(scenarios)));
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        java.util.concurrent.atomic.AtomicReference<T> value = new java.util.concurrent.atomic.AtomicReference<>();
        return () -> value.updateAndGet(v -> v != null ? v : supplier.get());
    }

    /** The engine, once its rules have loaded. */
    private Engine engine() {
        return engine.get();
    }

    /** A site whose choices are surveyed from the engine now. */
    public static Site of(Engine engine, Clock clock, List<java.nio.file.Path> scenarios) {
        Choices surveyed = Choices.of(engine);
        return new Site(() -> engine, () -> surveyed, clock, scenarios);
    }

    /**
     * A site that surveys its choices in the background from now on, so that the server answers at
     * once; the first page that needs the choices waits for the survey to end.
     */
    public static Site surveying(Engine engine, Clock clock, List<java.nio.file.Path> scenarios) {
        java.util.concurrent.FutureTask<Choices> survey = new java.util.concurrent.FutureTask<>(() -> Choices.of(engine));
        Thread t = new Thread(survey, "atazan-survey");
        t.setDaemon(true);
        t.start();
        return new Site(() -> engine, () -> {
            if (!survey.isDone()) {
                return Choices.unsurveyed();
            }
            try {
                return survey.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Choices.unsurveyed();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("the survey of the rules failed", e.getCause());
            }
        }, clock, scenarios);
    }

    /**
     * A site on the rules compiled into the build, answering while they still load: its choices are
     * the build's survey of those rules, so the form needs no rule; a request that asks a question
     * waits for {@code loading} to end. Without the build's survey, the choices are surveyed once
     * the rules have loaded.
     */
    public static Site onBuiltInRules(Supplier<Engine> loading, Clock clock, List<java.nio.file.Path> scenarios) {
        Optional<Choices> built = Choices.builtIn();
        if (built.isEmpty()) {
            return surveying(loading.get(), clock, scenarios);
        }
        return new Site(loading, built::get, clock, scenarios);
    }

    /** Answers one request; never throws for anything the request holds. */
    public Response handle(String method, String path, String rawQuery, String acceptLanguage, String cookie) {
        return handle(method, path, rawQuery, acceptLanguage, cookie, new byte[0]);
    }

    /** Answers one request with its body (read only where a scenario file is sent); never throws for anything the request holds. */
    public Response handle(String method, String path, String rawQuery, String acceptLanguage, String cookie, byte[] body) {
        boolean api = path.startsWith("/api/");
        if (method.equals("POST") && RUNS.contains(path)) {
            try {
                return switch (path) {
                    case "/run" -> runPage(Query.parseForm(new String(body, StandardCharsets.UTF_8), RUN_FORM), acceptLanguage, cookie);
                    case "/exercises" -> exercisesPage(Query.parseForm(new String(body, StandardCharsets.UTF_8), Exercises.PARAMETERS),
                            acceptLanguage, cookie);
                    default -> run(Query.parse(rawQuery, List.of("lang")), body);
                };
            } catch (BadRequest e) {
                return Response.badRequest(e, api);
            }
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return Response.problem(405, api ? "application/json" : "text/plain", "method",
                    saidTo(api, acceptLanguage, cookie).format(RUNS.contains(path) ? "input.web.get-or-post-only" : "input.web.get-only",
                            "method", kz.atazan.scenario.InputMessages.quoted(Query.shortened(method))), api);
        }
        try {
            return switch (path) {
                case "/run" -> runPage(Query.parse(rawQuery, List.of("lang")), acceptLanguage, cookie);
                case "/exercises" -> exercisesPage(Query.parse(rawQuery, Exercises.PARAMETERS), acceptLanguage, cookie);
                case "/exercises/sheet", "/exercises/key" -> {
                    Query query = Query.parse(rawQuery, Exercises.PARAMETERS);
                    yield exercises.printable(query, pageLanguage(query, acceptLanguage, cookie), path.endsWith("key"));
                }
                case "/api/run" -> Response.problem(405, "application/json", "method", "a scenario file is sent with POST, not fetched", true);
                case "/" -> page(Query.parse(rawQuery, pageParameters()), acceptLanguage, cookie);
                case "/api/check" -> check(Query.parse(rawQuery, CHECK_PARAMETERS));
                case "/api/vocabulary" -> vocabulary(Query.parse(rawQuery, CHOICE_PARAMETERS));
                case "/api/explain" -> explain(Query.parse(rawQuery, CHECK_PARAMETERS));
                case "/api/openapi.json" -> Response.json(200, OpenApi.document());
                case "/api/compare" -> compare(Query.parse(rawQuery, CHECK_PARAMETERS));
                case "/api/powers" -> powers(Query.parse(rawQuery, POWER_PARAMETERS));
                case "/powers" -> powersPage(Query.parse(rawQuery, POWER_PARAMETERS), acceptLanguage, cookie);
                case "/api/balance" -> balance(Query.parse(rawQuery, BALANCE_PARAMETERS));
                case "/balance" -> balancePage(Query.parse(rawQuery, List.of("lang")), acceptLanguage, cookie);
                default -> path.startsWith("/assets/") ? asset(path.substring("/assets/".length()))
                        : Response.problem(404, api ? "application/json" : "text/plain", "path",
                                saidTo(api, acceptLanguage, cookie).format("input.web.no-such-page",
                                        "path", kz.atazan.scenario.InputMessages.quoted(Query.shortened(path))), api);
            };
        } catch (BadRequest e) {
            return api || !path.equals("/") ? Response.badRequest(e, true) : badPage(e, acceptLanguage, cookie);
        }
    }

    private static List<String> pageParameters() {
        List<String> names = new ArrayList<>(PAGE_PARAMETERS);
        names.addAll(ActionArguments.names());
        return names;
    }

    // ---- the JSON API

    private Response check(Query query) throws BadRequest {
        Judgment judgment = engine().judge(action(query));
        return Response.json(200, JsonReport.of(judgment, NearestQuestions.of(engine(), judgment), language(query)));
    }

    /** The justification tree and, for an unconstitutional verdict, the smallest change: the document {@code explain --format json} prints. */
    private Response explain(Query query) throws BadRequest {
        Action action = action(query);
        return Response.json(200, ExplanationJson.of(new Explainer(engine()).explain(action), language(query)));
    }

    /** The action the parameters state, or every problem with where it is. */
    private Action action(Query query) throws BadRequest {
        List<BadRequest.Problem> problems = new ArrayList<>();
        LocalDate date = LocalDate.now(clock);
        Optional<String> on = query.one("on");
        if (on.isPresent()) {
            Dates.Reading reading = Dates.parse(on.get());
            if (reading.date().isEmpty()) {
                problems.add(new BadRequest.Problem("on", reading.problem().in(spoken(query))));
                date = null;
            } else {
                date = reading.date().get();
            }
        }
        query.one("lang").ifPresent(code -> {
            if (Language.ofCode(code).isEmpty()) {
                problems.add(new BadRequest.Problem("lang", unknownLanguage(code, Language.EN)));
            }
        });
        List<String> found = new ArrayList<>();
        Map<String, List<String>> given = new LinkedHashMap<>(query.all());
        given.remove("on");
        given.remove("lang");
        given.remove("ask");
        // a box left empty on the form states nothing; only a fact about the person may be given bare ("&close-relative")
        Set<String> flags = new LinkedHashSet<>();
        for (PersonField fact : PersonField.values()) {
            if (!fact.isCount()) {
                flags.add(fact.option());
            }
        }
        given.entrySet().removeIf(e -> !flags.contains(e.getKey()) && e.getValue().stream().allMatch(String::isBlank));
        Optional<Action> action = ActionArguments.action(given, date, "", found, spoken(query));
        for (String problem : found) {
            int colon = problem.indexOf(": ");
            problems.add(colon < 0 ? new BadRequest.Problem("query", problem)
                    : new BadRequest.Problem(problem.substring(0, colon), problem.substring(colon + 2)));
        }
        if (!problems.isEmpty() || action.isEmpty()) {
            throw new BadRequest(problems.isEmpty() ? List.of(new BadRequest.Problem("on", "no date")) : problems);
        }
        return action.get();
    }

    /**
     * One action on several days ({@code on} repeated), or when one day or none is given, on the
     * day each wording took effect: the document {@code compare --format json} prints.
     */
    private Response compare(Query query) throws BadRequest {
        List<LocalDate> days = new ArrayList<>();
        for (String written : query.all().getOrDefault("on", List.of())) {
            Dates.Reading reading = Dates.parse(written.strip());
            if (reading.date().isEmpty()) {
                throw new BadRequest("on", reading.problem().in(spoken(query)));
            }
            days.add(reading.date().get());
        }
        Map<String, List<String>> rest = new LinkedHashMap<>(query.all());
        rest.remove("on");
        Action action = action(Query.of(rest));
        List<LocalDate> dates = days.stream().distinct().count() >= 2 ? days.stream().distinct().toList() : transitionDays(days);
        return Response.json(200, ComparisonJson.of(Comparison.of(engine(), action, dates), language(query)));
    }

    /** The days a wording of some rule takes effect, within the period the rules model: where what matters may change. */
    private List<LocalDate> wordingDays() {
        Period modelled = engine().catalogue().modelled();
        TreeSet<LocalDate> days = new TreeSet<>();
        engine().catalogue().citations().forEach(c -> {
            if (modelled.contains(c.inForce().from())) {
                days.add(c.inForce().from());
            }
        });
        return List.copyOf(days);
    }

    /** The day each wording of the model took effect, and the days given, in order. */
    private List<LocalDate> transitionDays(List<LocalDate> also) {
        Period modelled = engine().catalogue().modelled();
        TreeSet<LocalDate> days = new TreeSet<>(also);
        days.add(modelled.from());
        for (Edition e : Edition.values()) {
            if (modelled.contains(e.effective())) {
                days.add(e.effective());
            }
        }
        return List.copyOf(days);
    }

    private PowerSurvey powerSurvey() {
        PowerSurvey survey = powerSurvey;
        if (survey == null) {
            synchronized (this) {
                if (powerSurvey == null) {
                    powerSurvey = new PowerSurvey(engine());
                }
                survey = powerSurvey;
            }
        }
        return survey;
    }

    private LocalDate day(Query query) throws BadRequest {
        Optional<String> on = query.one("on");
        if (on.isEmpty()) {
            return LocalDate.now(clock);
        }
        Dates.Reading reading = Dates.parse(on.get());
        return reading.date().orElseThrow(() -> new BadRequest("on", reading.problem().in(spoken(query))));
    }

    /** The power map on a day: every power, who over whom, with its terms and provisions. */
    private Response powers(Query query) throws BadRequest {
        Optional<LocalDate> from = since(query);
        return Response.json(200, from.isPresent() ? PowerJson.of(powerSurvey().diff(from.get(), day(query)), language(query))
                : PowerJson.of(powerSurvey().on(day(query)), language(query)));
    }

    /** The earlier day a power map is compared with ({@code from}), if any. */
    private static Optional<LocalDate> since(Query query) throws BadRequest {
        Optional<String> from = query.one("from").filter(f -> !f.isBlank());
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Dates.Reading reading = Dates.parse(from.get());
        return Optional.of(reading.date().orElseThrow(() -> new BadRequest("from", reading.problem().in(spoken(query)))));
    }

    private Response powersPage(Query query, String acceptLanguage, String cookie) throws BadRequest {
        Language language = pageLanguage(query, acceptLanguage, cookie);
        LocalDate day = day(query);
        JsonNode map;
        try {
            map = Json.MAPPER.readTree(PowerJson.of(powerSurvey().on(day), language));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        List<PowersPage.Row> rows = new ArrayList<>();
        for (JsonNode p : map.get("powers")) {
            List<String> terms = new ArrayList<>();
            p.get("terms").forEach(t -> terms.add(t.asText()));
            List<String> provisions = new ArrayList<>();
            p.get("provisions").forEach(t -> provisions.add(t.asText()));
            rows.add(new PowersPage.Row(capitalised(p.get("actorText").asText()), p.get("text").asText(), p.get("verdict").asText(),
                    String.join("; ", terms), String.join("; ", provisions)));
        }
        Optional<LocalDate> from = since(query);
        List<PowersPage.Change> changes = new ArrayList<>();
        if (from.isPresent()) {
            try {
                for (JsonNode c : Json.MAPPER.readTree(PowerJson.of(powerSurvey().diff(from.get(), day), language)).get("changes")) {
                    changes.add(new PowersPage.Change(c.get("kind").asText(), c.get("kindText").asText(), capitalised(c.get("actorText").asText()),
                            c.get("text").asText(), c.get("before").asText(), c.get("after").asText(), c.get("causedBy").asText()));
                }
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        PowersPage page = new PowersPage(language.code(), text(language), languages(language), day.toString(),
                "/api/powers?on=" + day + "&lang=" + language.code(), rows, from.map(LocalDate::toString).orElse(""), changes);
        StringOutput out = new StringOutput();
        TEMPLATES.render("powers.jte", page, out);
        return Response.html(200, out.toString());
    }

    /** Every period's scores, computed on first use: the same for every request until the rules change. */
    private Balance balance() {
        Balance scored = balance;
        if (scored == null) {
            synchronized (this) {
                if (balance == null) {
                    balance = Balance.of(engine());
                }
                scored = balance;
            }
        }
        return scored;
    }

    /** The balance dataset: the document {@code balance --format json}, or with {@code format=csv} its CSV. */
    private Response balance(Query query) throws BadRequest {
        language(query);
        String format = query.one("format").orElse("json");
        return switch (format) {
            case "json" -> Response.json(200, BalanceJson.of(balance()));
            case "csv" -> Response.csv("balance.csv", BalanceCsv.of(balance()));
            default -> throw new BadRequest("format", "unknown format " + Query.shortened(format) + "; the formats are json, csv");
        };
    }

    private Response balancePage(Query query, String acceptLanguage, String cookie) throws BadRequest {
        Language language = pageLanguage(query, acceptLanguage, cookie);
        Messages m = Messages.of(language);
        BalancePage page = new BalancePage(language.code(), text(language), languages(language), m.format("balance.chart.title"),
                BalanceHtml.body(balance(), m));
        StringOutput out = new StringOutput();
        TEMPLATES.render("balance.jte", page, out);
        return Response.html(200, out.toString());
    }

    // ---- scenario files, sent as data: read by the scenario reader, never evaluated

    /** The report of a scenario file sent as the request's body: the document {@code run --format json} prints. */
    private Response run(Query query, byte[] body) throws BadRequest {
        Language language = language(query);
        return Response.json(200, JsonReport.of(runScenario(body), language));
    }

    private RunResult runScenario(byte[] text) {
        ScenarioReader.Reading reading = ScenarioReader.read(text, SENT_FILE);
        List<CheckResult> results = reading.file() == null ? List.of() : new ScenarioRunner(engine()).run(reading.file());
        return new RunResult(results, reading.errors());
    }

    /** The page to paste or open a scenario file and read its report, each problem at its line. */
    private Response runPage(Query query, String acceptLanguage, String cookie) throws BadRequest {
        Language language = pageLanguage(query, acceptLanguage, cookie);
        String scenario = query.one("scenario").orElse("");
        Optional<RunPage.Report> report = Optional.empty();
        if (query.has("scenario")) {
            RunResult run = runScenario(scenario.getBytes(StandardCharsets.UTF_8));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            TextReport.print(run, true, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, StandardCharsets.UTF_8), language);
            List<RunPage.Problem> problems = run.errors().stream().map(e -> new RunPage.Problem(e.line(), e.in(language))).toList();
            report = Optional.of(new RunPage.Report(run.failed() == 0 && run.errors().isEmpty(), run.closingLine(kz.atazan.text.Words.in(language)),
                    problems, out.toString(StandardCharsets.UTF_8)));
        }
        RunPage page = new RunPage(language.code(), text(language), languages(language), SENT_FILE, scenario, report);
        StringOutput out = new StringOutput();
        TEMPLATES.render("run.jte", page, out);
        return Response.html(200, out.toString());
    }

    private Response exercisesPage(Query query, String acceptLanguage, String cookie) throws BadRequest {
        Language language = pageLanguage(query, acceptLanguage, cookie);
        ExercisesPage page = exercises.page(query, language, text(language));
        StringOutput out = new StringOutput();
        TEMPLATES.render("exercises.jte", page, out);
        return Response.html(200, out.toString());
    }

    private Response vocabulary(Query query) throws BadRequest {
        Language language = language(query);
        Messages m = Messages.of(language);
        Entity actor = entity(query, "actor", "actor");
        Act act = act(query);
        Entity target = entity(query, "target", "target");
        Choices c = choices.get();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("lang", language.code());
        root.put("narrowed", c.surveyed());
        names(root.putArray("actors"), c.actors(act, target), e -> name(m, e));
        names(root.putArray("acts"), c.acts(actor, target), a -> actName(m, a, target));
        names(root.putArray("targets"), c.targets(actor, act), e -> name(m, e));
        ArrayNode combos = root.putArray("combinations");
        for (Triple t : c.all()) {
            combos.addObject().put("actor", t.actor().label()).put("act", t.act().label()).put("target", t.target().label());
        }
        return Response.json(200, write(root));
    }

    private static <T extends Named> void names(ArrayNode array, List<T> values, java.util.function.Function<T, String> label) {
        for (T value : values) {
            array.addObject().put("name", value.label()).put("label", label.apply(value)).put("meaning", value.meaning());
        }
    }

    /** The language a problem with the other parameters is said in: the one asked for, English if none or none valid. */
    private static Language spoken(Query query) {
        return query.one("lang").flatMap(code -> Language.ofCode(code.toLowerCase(Locale.ROOT))).orElse(Language.EN);
    }

    private static Language language(Query query) throws BadRequest {
        Optional<String> code = query.one("lang");
        if (code.isEmpty()) {
            return Language.EN;
        }
        return Language.ofCode(code.get().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BadRequest("lang", unknownLanguage(code.get(), Language.EN)));
    }

    /** That a language asked for is not one of the three, said in a language the user is known to read. */
    /** The words a problem with the request itself is said in: the API's in English, as its codes are; a page's in the reader's language. */
    private static Messages saidTo(boolean api, String acceptLanguage, String cookie) {
        return Messages.of(api ? Language.EN : preferred(acceptLanguage, cookie));
    }

    private static String unknownLanguage(String code, Language said) {
        return Messages.of(said).format("input.unknown-language", "code", kz.atazan.scenario.InputMessages.quoted(Query.shortened(code)));
    }

    // ---- the Ask page

    private Response page(Query query, String acceptLanguage, String cookie) throws BadRequest {
        Language language = pageLanguage(query, acceptLanguage, cookie);
        Messages m = Messages.of(language);
        Map<String, String> text = text(language);
        Choices c = choices.get();
        Entity actor = entity(query, "actor", "actor");
        Act act = act(query);
        Entity target = entity(query, "target", "target");
        String date = query.one("on").orElse(LocalDate.now(clock).toString());
        List<String> problems = new ArrayList<>();
        Optional<AskPage.Answer> answer = Optional.empty();
        Optional<AskPage.Timeline> timeline = Optional.empty();
        if (query.has("ask")) {
            if (actor == null || act == null || target == null) {
                problems.add(text.get("choose-all"));
            } else {
                try {
                    Action action = action(query);
                    answer = Optional.of(answer(action, language, text, query));
                    timeline = Optional.of(timeline(action, language, query));
                } catch (BadRequest e) {
                    e.problems().forEach(p -> problems.add(p.where() + ": " + p.what()));
                }
            }
        }
        AskPage page = new AskPage(language.code(), c.surveyed(), text, languages(language),
                options(c.actors(act, target), actor, e -> capitalised(name(m, e))),
                options(c.acts(actor, target), act, a -> capitalised(actName(m, a, target))),
                options(c.targets(actor, act), target, e -> capitalised(name(m, e))),
                date, conditions(query, m, text, actor, act, target), problems, answer, timeline);
        StringOutput out = new StringOutput();
        TEMPLATES.render("ask.jte", page, out);
        Response response = Response.html(problems.isEmpty() ? 200 : 400, out.toString());
        return query.one("lang").isPresent() ? response.withCookie(COOKIE + "=" + language.code() + "; Path=/; Max-Age=31536000; SameSite=Strict") : response;
    }

    private Response badPage(BadRequest e, String acceptLanguage, String cookie) {
        return Response.badRequest(e, false);
    }

    Language pageLanguage(Query query, String acceptLanguage, String cookie) throws BadRequest {
        Optional<String> code = query.one("lang");
        if (code.isPresent()) {
            // a language that is not one of the three is said so in the one the browser or the cookie asks for
            return Language.ofCode(code.get().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new BadRequest("lang", unknownLanguage(code.get(), preferred(acceptLanguage, cookie))));
        }
        return preferred(acceptLanguage, cookie);
    }

    /** The language of the cookie set by an earlier choice, else the first of the browser's that Atazan speaks, else English. */
    private static Language preferred(String acceptLanguage, String cookie) {
        if (cookie != null) {
            for (String part : cookie.split(";")) {
                String[] kv = part.strip().split("=", 2);
                if (kv.length == 2 && kv[0].equals(COOKIE)) {
                    Optional<Language> remembered = Language.ofCode(kv[1].strip());
                    if (remembered.isPresent()) {
                        return remembered.get();
                    }
                }
            }
        }
        if (acceptLanguage != null && acceptLanguage.length() < 500) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String code = range.getRange().split("-")[0];
                    Optional<Language> wanted = Language.ofCode(code);
                    if (wanted.isPresent()) {
                        return wanted.get();
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header: the default language
            }
        }
        return Language.EN;
    }

    /**
     * The answer as the page shows it, read from the very document {@code /api/check} and {@code check
     * --format json} give in this language (so the three never differ), with the articles cited.
     */
    private AskPage.Answer answer(Action action, Language language, Map<String, String> text, Query query) {
        Judgment judgment = engine().judge(action);
        List<Judgment> near = NearestQuestions.of(engine(), judgment);
        kz.atazan.text.Words words = kz.atazan.text.Words.in(language);
        JsonNode document;
        try {
            document = Json.MAPPER.readTree(JsonReport.of(judgment, near, language));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AskPage.Reason> reasons = new ArrayList<>();
        for (int i = 0; i < judgment.reasons().size(); i++) {
            kz.atazan.model.Reason reason = judgment.reasons().get(i);
            JsonNode said = document.get("reasons").get(i);
            List<AskPage.Article> shown = new ArrayList<>();
            reason.citation().ifPresent(c -> shown.addAll(articles(c)));
            String rule = said.path("rule").asText("");
            String reasonText = said.path("text").asText("");
            reasons.add(new AskPage.Reason(reason.effect().label(), reasonText, reason.decisive(),
                    said.path("reference").asText(""), rule.equals(reasonText) ? "" : rule, shown));
        }
        StringBuilder api = new StringBuilder("/api/check?");
        query.all().forEach((name, values) -> {
            if (!name.equals("ask")) {
                values.stream().filter(v -> !v.isBlank()).forEach(v -> api.append(api.charAt(api.length() - 1) == '?' ? "" : "&")
                        .append(encode(name)).append('=').append(encode(v)));
            }
        });
        List<AskPage.Fix> fixes = new ArrayList<>();
        String noFix = "";
        if (judgment.verdict() == kz.atazan.model.Verdict.UNCONSTITUTIONAL) {
            JsonNode change = explanation(action, language).path("smallestChange");
            change.path("sameDay").forEach(r -> fixes.add(fix("", r, language)));
            JsonNode other = change.path("otherDate");
            if (other.isObject()) {
                fixes.add(fix(other.path("when").asText(), other, language));
            }
            noFix = change.path("none").asText("");
        }
        List<AskPage.Near> nearest = new ArrayList<>();
        for (int i = 0; i < near.size(); i++) {
            JsonNode n = document.path("nearest").get(i);
            List<String> provisions = new ArrayList<>();
            n.path("provisions").forEach(p -> provisions.add(p.asText()));
            nearest.add(new AskPage.Near(QuestionText.statement(near.get(i).action(), words), n.path("verdict").asText(),
                    capitalised(n.path("verdictText").asText()), String.join("; ", provisions), nearLink(n, action, language)));
        }
        String nearestHeading = NearestQuestions.unspoken(judgment)
                ? capitalised(kz.atazan.text.Words.in(language).say(nearest.isEmpty() ? "check.nearest.none" : "check.nearest", "date", action.date()).replaceFirst(":$", ""))
                : "";
        return new AskPage.Answer(judgment.verdict().label(), capitalised(document.path("verdictText").asText()), QuestionText.statement(action, words),
                document.path("law").asText(), reasons, fixes, noFix, nearestHeading, nearest, api.toString());
    }

    /** The page asking a nearest question: its actor, act and target on the day asked, nothing else stated. */
    private static String nearLink(JsonNode near, Action asked, Language language) {
        return "/?lang=" + language.code() + "&actor=" + encode(near.path("actor").asText()) + "&act=" + encode(near.path("act").asText())
                + "&target=" + encode(near.path("target").asText()) + "&on=" + asked.date() + "&ask=1";
    }

    /** The explanation as {@code explain --format json} prints it. */
    private JsonNode explanation(Action action, Language language) {
        try {
            return Json.MAPPER.readTree(ExplanationJson.of(new Explainer(engine()).explain(action), language));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One change of the explanation, with the link that asks the question so changed. */
    private static AskPage.Fix fix(String when, JsonNode remedy, Language language) {
        List<String> changes = new ArrayList<>();
        remedy.path("changes").forEach(c -> changes.add(c.path("instruction").asText()));
        StringBuilder link = new StringBuilder("/?lang=").append(language.code());
        remedy.path("arguments").fields().forEachRemaining(a -> a.getValue()
                .forEach(v -> link.append('&').append(encode(a.getKey())).append('=').append(encode(v.asText()))));
        link.append("&ask=1");
        return new AskPage.Fix(when, changes, link.toString());
    }

    /** The action on the day each wording took effect and on the day asked, each change with its amendment. */
    private AskPage.Timeline timeline(Action action, Language language, Query query) {
        List<LocalDate> days = transitionDays(List.of(action.date()));
        JsonNode document;
        try {
            document = Json.MAPPER.readTree(ComparisonJson.of(Comparison.of(engine(), action, days), language));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AskPage.Point> points = new ArrayList<>();
        JsonNode dates = document.get("dates");
        JsonNode changes = document.get("changes");
        for (int i = 0; i < dates.size(); i++) {
            JsonNode d = dates.get(i);
            List<String> causes = new ArrayList<>();
            boolean changed = false;
            if (i > 0) {
                JsonNode change = changes.get(i - 1);
                changed = change.path("verdictChanged").asBoolean();
                change.path("causedBy").forEach(c -> causes.add(c.asText()));
            }
            String day = d.get("date").asText();
            StringBuilder link = new StringBuilder("/?");
            query.all().forEach((name, values) -> {
                if (!name.equals("on")) {
                    values.stream().filter(v -> !v.isBlank()).forEach(v -> link.append(link.length() == 2 ? "" : "&")
                            .append(encode(name)).append('=').append(encode(v)));
                }
            });
            link.append("&on=").append(day);
            points.add(new AskPage.Point(day, d.get("verdict").asText(), capitalised(d.get("verdictText").asText()), d.get("law").asText(),
                    String.join("; ", causes), changed, day.equals(action.date().toString()), link.toString()));
        }
        Period modelled = engine().catalogue().modelled();
        long min = modelled.from().toEpochDay();
        long max = modelled.isOpen() ? Math.max(days.get(days.size() - 1).plusYears(2).toEpochDay(), LocalDate.now(clock).toEpochDay())
                : modelled.to().toEpochDay();
        long value = Math.max(min, Math.min(max, action.date().toEpochDay()));
        return new AskPage.Timeline(points, min, max, value);
    }

    /** The whole article a citation points into: Russian, and Kazakh for the Constitution of 2026. */
    private List<AskPage.Article> articles(Citation c) {
        List<AskPage.Article> shown = new ArrayList<>();
        OfficialText source = c.edition().source();
        String number = c.provision().article();
        articles.article(source, number).ifPresent(paragraphs -> shown.add(new AskPage.Article("ru", "Статья " + number,
                paragraphs.stream().map(p -> Articles.marked(p, c.quote())).toList())));
        if (source == OfficialText.RU_2026_03_15) {
            articles.article(OfficialText.KK_2026_03_15, number).ifPresent(paragraphs -> shown.add(new AskPage.Article("kk", number + "-бап",
                    paragraphs.stream().map(p -> Articles.marked(p, c.quoteKk().orElse(null))).toList())));
        }
        return shown;
    }

    /**
     * The conditions the form offers: once actor, act and target are chosen, only those that matter
     * for them on some day a wording takes effect (and any already given); before, all of them.
     */
    private List<AskPage.Field> conditions(Query query, Messages m, Map<String, String> text, Entity actor, Act act, Entity target) {
        Optional<ConditionsThatMatter.Matter> matter = actor == null || act == null || target == null ? Optional.empty()
                : Optional.of(conditionsThatMatter.of(new Triple(actor, act, target), wordingDays()));
        List<AskPage.Field> fields = new ArrayList<>();
        for (ActionField field : ActionField.values()) {
            if (field.option() == null || field.required()) {
                continue;
            }
            String name = field.option();
            String label = text.get("field." + name);
            String hint = text.getOrDefault("hint." + name, "");
            Set<String> chosen = new LinkedHashSet<>();
            query.all().getOrDefault(name, List.of()).forEach(v -> {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        chosen.add(part.strip());
                    }
                }
            });
            if (matter.isPresent() && !matter.get().matters(name) && chosen.isEmpty()) {
                continue;
            }
            List<Named> offered = field.names() == null ? List.of() : field.names().members().stream()
                    .filter(n -> matter.isEmpty() || matter.get().matters(name, n.label()) || chosen.contains(n.label())).toList();
            switch (field.shape()) {
                case NAMES -> fields.add(new AskPage.Field(name, label, hint, "names",
                        offered.stream().map(n -> new AskPage.Option(n.label(), capitalised(named(m, n)), chosen.contains(n.label()))).toList(), ""));
                case NAME -> {
                    List<AskPage.Option> options = new ArrayList<>();
                    options.add(new AskPage.Option("", "—", chosen.isEmpty()));
                    offered.forEach(n -> options.add(new AskPage.Option(n.label(), capitalised(named(m, n)), chosen.contains(n.label()))));
                    fields.add(new AskPage.Field(name, label, hint, "name", options, ""));
                }
                default -> fields.add(new AskPage.Field(name, label, hint, "text", List.of(), query.one(name).orElse("")));
            }
        }
        for (PersonField fact : PersonField.values()) {
            String name = fact.option();
            if (matter.isPresent() && !matter.get().matters(name) && !query.has(name)) {
                continue;
            }
            String value = query.one(name).orElse("");
            fields.add(new AskPage.Field(name, text.get("person." + name), "", fact.isCount() ? "text" : "flag", List.of(),
                    fact.isCount() ? value : (query.has(name) && !value.equals("false") && !value.equals("off") ? "on" : "")));
        }
        return fields;
    }

    // ---- names in the page's language

    private static String name(Messages m, Entity e) {
        return m.name(e).form("nom");
    }

    private static String named(Messages m, Named n) {
        if (n instanceof Enum<?> constant) {
            try {
                return m.name(constant).form("nom");
            } catch (RuntimeException missing) {
                return n.label();
            }
        }
        return n.label();
    }

    private static String actName(Messages m, Act act, Entity target) {
        String key = Messages.keyOf(act) + ".inf";
        Object object = target == null ? Term.fixed(m.language(), "…") : target;
        try {
            if (target != null) {
                return kz.atazan.text.Words.in(m.language()).act(Entity.PRESIDENT, act, target, "inf");
            }
            return m.format(key, "target", object, "kind", "office", "code", "…", "actor", Entity.PRESIDENT);
        } catch (RuntimeException e) {
            return act.label();
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static <T extends Named> List<AskPage.Option> options(List<T> values, T chosen, java.util.function.Function<T, String> label) {
        List<AskPage.Option> options = new ArrayList<>();
        options.add(new AskPage.Option("", "—", chosen == null));
        values.forEach(v -> options.add(new AskPage.Option(v.label(), label.apply(v), v == chosen)));
        return options;
    }

    private static Entity entity(Query query, String parameter, String role) throws BadRequest {
        Optional<String> given = query.one(parameter);
        if (given.isEmpty()) {
            return null;
        }
        return named(NameList.TARGETS, given.get(), parameter, Entity.class, spoken(query));
    }

    private static Act act(Query query) throws BadRequest {
        Optional<String> given = query.one("act");
        return given.isEmpty() ? null : named(NameList.ACTS, given.get(), "act", Act.class, spoken(query));
    }

    /** The name as the vocabulary reads it (aliases in three languages included), or a bad request with the nearest names. */
    private static <T> T named(NameList list, String given, String parameter, Class<T> type, Language language) throws BadRequest {
        kz.atazan.scenario.Vocabulary.Lookup<kz.atazan.model.Named> lookup = kz.atazan.scenario.Vocabulary.name(list, given);
        if (lookup.value().isEmpty()) {
            throw new BadRequest(parameter, lookup.problem().in(language));
        }
        return type.cast(lookup.value().get());
    }

    /** The page's own words in a language: kz/atazan/text/web_xx.properties. */
    /** The page's language links, the page's own language selected. */
    static List<AskPage.Option> languages(Language selected) {
        List<AskPage.Option> languages = new ArrayList<>();
        for (Language l : Language.values()) {
            languages.add(new AskPage.Option(l.code(), text(l).get("language-name"), l == selected));
        }
        return languages;
    }

    static Map<String, String> text(Language language) {
        ResourceBundle bundle = Messages.bundle("web", language);
        Map<String, String> text = new LinkedHashMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            text.put(key, bundle.getString(key));
        }
        return text;
    }

    // ---- assets, from the jar only

    private static final Map<String, String> ASSETS = Map.of(
            "htmx.min.js", "/META-INF/resources/webjars/htmx.org/" + Versions.HTMX + "/dist/htmx.min.js",
            "site.css", "/kz/atazan/web/assets/site.css",
            "site.js", "/kz/atazan/web/assets/site.js",
            "powers.js", "/kz/atazan/web/assets/powers.js",
            "cytoscape.min.js", "/kz/atazan/web/vendor/cytoscape.min.js",
            "elk.bundled.js", "/kz/atazan/web/vendor/elk.bundled.js",
            "cytoscape-elk.js", "/kz/atazan/web/vendor/cytoscape-elk.js");

    private static Response asset(String name) {
        String resource = ASSETS.get(name);
        if (resource == null) {
            return Response.problem(404, "text/plain", "path", "no such asset: " + Query.shortened(name), false);
        }
        try (InputStream in = Site.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Response.problem(404, "text/plain", "path", "asset missing from the build: " + name, false);
            }
            String type = name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            return new Response(200, type, in.readAllBytes(), List.of(List.of("Cache-Control", "max-age=3600")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String write(ObjectNode root) {
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
