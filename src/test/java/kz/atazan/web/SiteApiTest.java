package kz.atazan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Entity;
import kz.atazan.model.Language;
import kz.atazan.scenario.JsonReport;
import org.junit.jupiter.api.Test;

/** The JSON API and the page's answers to good and bad requests, without a server. */
class SiteApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Response get(String path, String query) {
        return Sites.site().handle("GET", path, query, null, null);
    }

    private static JsonNode json(Response r) throws Exception {
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        return JSON.readTree(r.text());
    }

    @Test
    void checkAnswersWithTheDocumentOfCheckFormatJson() throws Exception {
        Response r = get("/api/check", "actor=president&act=dismiss&target=akim-of-district&on=2023-05-01");
        assertEquals(200, r.status());
        Action same = Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_DISTRICT, LocalDate.of(2023, 5, 1));
        assertEquals(JSON.readTree(JsonReport.of(Sites.engine().judge(same), List.of(), Language.EN)), json(r));
        assertEquals("unconstitutional", json(r).get("verdict").asText());
    }

    @Test
    void aLanguageNotOfTheThreeIsSaidSoInTheBrowsersLanguage() {
        Response ru = Sites.site().handle("GET", "/", "lang=xx", "ru-RU,ru;q=0.9", null);
        assertEquals(400, ru.status());
        assertTrue(ru.text().contains("«xx»") && !ru.text().matches("(?s).*\\b(unknown|language)\\b.*"), ru.text());
        Response kk = Sites.site().handle("GET", "/powers", "lang=xx", null, "atazan-lang=kk");
        assertTrue(kk.text().contains("«xx»") && !kk.text().matches("(?s).*\\b(unknown|language)\\b.*"), kk.text());
    }

    @Test
    void theFormOffersTheConditionsThatMatterForTheActionChosen() {
        String appoint = get("/", "lang=en&actor=president&act=appoint&target=chair-of-national-bank&on=2023-05-01").text();
        assertTrue(appoint.contains("name=\"consent\" value=\"senate\""), "the Senate's consent is read by Art. 44(4)");
        assertFalse(appoint.contains("name=\"consent\" value=\"maslikhat\""), "no rule reads a maslikhat's consent to this appointment");
        assertFalse(appoint.contains("id=\"field-initiative\""), "no rule reads an initiative for it");
        String given = get("/", "lang=en&actor=president&act=appoint&target=chair-of-national-bank&on=2023-05-01&initiative=1/2").text();
        assertTrue(given.contains("id=\"field-initiative\""), "a condition already given stays on the form");
        String unchosen = get("/", "lang=en").text();
        assertTrue(unchosen.contains("name=\"consent\" value=\"maslikhat\""), "before the action is chosen, every condition is offered");
    }

    @Test
    void aReferendumsTurnoutAndRegionsAreOfferedAndRead() throws Exception {
        String form = get("/", "lang=en&actor=voters&act=amend&target=constitution&on=2027-01-01").text();
        assertTrue(form.contains("id=\"field-turnout\"") && form.contains("id=\"field-regions\""), "Art. 92(2)-(3) read both counts");
        assertFalse(form.contains("id=\"field-initiative\""), "no rule reads an initiative for it");
        String base = "actor=voters&act=amend&target=constitution&on=2027-01-01&opinion=constitutional-court";
        assertEquals("constitutional", json(get("/api/check", base + "&turnout=6000001/12000000&regions=14/20")).get("verdict").asText());
        assertEquals("unconstitutional", json(get("/api/check", base + "&turnout=6000000/12000000&regions=14/20")).get("verdict").asText());
        assertEquals("unconstitutional", json(get("/api/check", base + "&turnout=6000001/12000000&regions=13/20")).get("verdict").asText());
    }

    @Test
    void whereNoProvisionSpeaksTheApiAndThePageGiveTheNearestQuestionsAnswered() throws Exception {
        JsonNode recall = json(get("/api/check", "actor=president&act=recall&target=government&on=2024-02-05"));
        assertEquals("undetermined", recall.get("verdict").asText());
        boolean dismissal = false;
        for (JsonNode n : recall.get("nearest")) {
            if (n.get("act").asText().equals("dismiss") && n.get("target").asText().equals("government")) {
                dismissal = true;
                assertEquals("constitutional", n.get("verdict").asText());
                assertEquals("Art. 70(7), Constitution of 1995", n.get("provisions").get(0).asText());
            }
        }
        assertTrue(dismissal, recall.toString());
        String page = get("/", "lang=ru&actor=president&act=recall&target=government&on=2024-02-05&ask=1").text();
        assertTrue(page.contains("id=\"nearest\""), page);
        assertTrue(page.contains("href=\"/?lang=ru&amp;actor=president&amp;act=dismiss&amp;target=government&amp;on=2024-02-05&amp;ask=1\""), page);
        assertTrue(page.contains("статьи 70"), page);
        assertFalse(get("/", "actor=president&act=dismiss&target=government&on=2024-02-05&ask=1").text().contains("id=\"nearest\""),
                "a question the rules answer has no nearest questions");
    }

    @Test
    void theApiReadsTheNamesInRussianAndKazakhAsTheCommandLineDoes() throws Exception {
        String query = "actor=" + java.net.URLEncoder.encode("Президент", java.nio.charset.StandardCharsets.UTF_8)
                + "&act=" + java.net.URLEncoder.encode("освободить", java.nio.charset.StandardCharsets.UTF_8)
                + "&target=" + java.net.URLEncoder.encode("аким района", java.nio.charset.StandardCharsets.UTF_8) + "&on=19.01.2023";
        JsonNode answer = json(get("/api/check", query));
        assertEquals("president dismiss akim-of-district on 2023-01-19", answer.get("action").asText(), answer.toString());
        assertEquals("unconstitutional", answer.get("verdict").asText());
        JsonNode vocabulary = json(get("/api/vocabulary", "actor=" + java.net.URLEncoder.encode("Сенат", java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(vocabulary.get("acts").size() > 0, vocabulary.toString());
    }

    @Test
    void checkTakesTheConditionsNamedLikeTheOptions() throws Exception {
        Response without = get("/api/check", "actor=president&act=appoint&target=chair-of-national-bank&on=2023-05-01");
        Response with = get("/api/check", "actor=president&act=appoint&target=chair-of-national-bank&on=2023-05-01&consent=senate");
        assertEquals("unconstitutional", json(without).get("verdict").asText());
        assertEquals("constitutional", json(with).get("verdict").asText());
    }

    @Test
    void checkSpeaksTheLanguageAskedForWithEnglishKeysAndCodes() throws Exception {
        JsonNode ru = json(get("/api/check", "actor=president&act=dismiss&target=akim-of-district&on=2023-05-01&lang=ru"));
        assertEquals("unconstitutional", ru.get("verdict").asText());
        assertEquals("ru", ru.get("language").asText());
        assertTrue(ru.get("verdictText").asText().contains("Конституции"), ru.toString());
    }

    @Test
    void checkDefaultsToToday() throws Exception {
        Response r = get("/api/check", "actor=president&act=dismiss&target=akim-of-district");
        assertEquals(Sites.TODAY.toString(), json(r).get("date").asText());
    }

    @Test
    void anUnknownParameterIs400WithTheClosestName() throws Exception {
        Response r = get("/api/check", "actor=president&act=dismiss&target=akim-of-district&consnet=senate");
        assertEquals(400, r.status());
        JsonNode problem = json(r).get("problems").get(0);
        assertEquals("consnet", problem.get("parameter").asText());
        assertTrue(problem.get("message").asText().contains("'consent'"), problem.toString());
    }

    @Test
    void anUnknownNameIs400WithTheClosestName() throws Exception {
        Response r = get("/api/check", "actor=presidnt&act=dismiss&target=akim-of-district");
        assertEquals(400, r.status());
        JsonNode problem = json(r).get("problems").get(0);
        assertEquals("actor", problem.get("parameter").asText());
        assertTrue(problem.get("message").asText().contains("'president'"), problem.toString());
    }

    @Test
    void everyProblemIsNamedByItsParameter() throws Exception {
        Response r = get("/api/check", "act=dismiss&target=akim-of-distrct&on=2023-13-01&votes=99/98");
        assertEquals(400, r.status());
        String problems = json(r).get("problems").toString();
        for (String where : new String[] {"\"on\"", "\"actor\"", "\"target\"", "\"votes\""}) {
            assertTrue(problems.contains("\"parameter\":" + where), where + " in " + problems);
        }
    }

    @Test
    void aMalformedQueryIs400() throws Exception {
        assertEquals(400, get("/api/check", "actor=%zz").status());
        assertEquals(400, get("/api/check", "actor=" + "x".repeat(Query.MOST_CHARACTERS)).status());
        assertEquals(400, get("/api/check", "on=1&".repeat(Query.MOST_PARAMETERS + 1)).status());
    }

    @Test
    void parametersAreDataNeverEvaluated() throws Exception {
        Response r = get("/api/check", "actor=%24%7Bjndi%3Aldap%3A%2F%2Fx%7D&act=dismiss&target=akim");
        assertEquals(400, r.status());
        Response page = get("/", "on=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=en");
        assertFalse(page.text().contains("<script>alert(1)"), "the value is escaped");
        assertTrue(page.text().contains("&lt;script>alert(1)"), "the value is shown, escaped");
    }

    @Test
    void noFileOfTheMachineIsServed() {
        assertEquals(404, get("/assets/../../etc/passwd", null).status());
        assertEquals(404, get("/etc/passwd", null).status());
        assertEquals(404, get("/assets/site.css/../../pom.xml", null).status());
        assertEquals(200, get("/assets/site.css", null).status());
        assertEquals(200, get("/assets/htmx.min.js", null).status());
    }

    @Test
    void onlyGetIsAnswered() {
        assertEquals(405, Sites.site().handle("POST", "/api/check", "", null, null).status());
    }

    @Test
    void aMissingPageIsSaidInTheReadersLanguageAndTheApisInEnglish() throws Exception {
        Response page = Sites.site().handle("GET", "/nosuch", null, "ru-RU,ru;q=0.9", null);
        assertEquals(404, page.status());
        assertTrue(page.text().contains("страницы") && page.text().contains("nosuch"), page.text());
        Response kk = Sites.site().handle("GET", "/nosuch", null, null, "atazan-lang=kk");
        assertTrue(kk.text().contains("беті жоқ"), kk.text());
        JsonNode api = json(Sites.site().handle("GET", "/api/nosuch", null, "ru", null));
        assertEquals("not-found", api.get("error").asText());
        assertTrue(api.get("problems").get(0).get("message").asText().startsWith("there is no page"), api.toString());
    }

    @Test
    void theVocabularyNarrowsTheChoices() throws Exception {
        JsonNode all = json(get("/api/vocabulary", "lang=ru"));
        JsonNode narrowed = json(get("/api/vocabulary", "actor=senate&lang=ru"));
        assertTrue(all.get("narrowed").asBoolean());
        assertTrue(narrowed.get("acts").size() < all.get("acts").size());
        assertTrue(narrowed.get("acts").size() > 0);
        assertTrue(all.get("actors").toString().contains("Президент"), "labels in Russian");
        assertEquals(400, get("/api/vocabulary", "lang=de").status());
    }

    @Test
    void thePageSpeaksTheLanguageAskedForAndRemembersIt() {
        Response ru = get("/", "lang=ru");
        assertEquals(200, ru.status());
        assertTrue(ru.text().contains("Спросить"));
        assertTrue(ru.headers().toString().contains("atazan-lang=ru"));
        Response remembered = Sites.site().handle("GET", "/", null, "en-US,en;q=0.9", "atazan-lang=kk");
        assertTrue(remembered.text().contains("Сұрау"), "the cookie before the browser's preference");
        Response preferred = Sites.site().handle("GET", "/", null, "ru-RU,ru;q=0.9,en;q=0.5", null);
        assertTrue(preferred.text().contains("Спросить"), "the browser's preference");
    }

    @Test
    void thePageAnswersWithTheArticleText() {
        Response r = get("/", "lang=ru&actor=president&act=dismiss&target=akim-of-district&on=2023-05-01&ask=1");
        assertEquals(200, r.status());
        assertTrue(r.text().contains("data-verdict=\"unconstitutional\""));
        assertTrue(r.text().contains("Статья 87"), "the whole article cited");
        assertTrue(r.text().contains("<mark>"), "the decisive words marked");
    }

    @Test
    void thePageStatesTheQuestionInWordsNotCodes() {
        String ru = get("/", "lang=ru&actor=president&act=dismiss&target=akim-of-district&on=2023-05-01&consent=senate&ask=1").text();
        String question = ru.substring(ru.indexOf("<p class=\"question\">"), ru.indexOf("</p>", ru.indexOf("<p class=\"question\">")));
        assertTrue(question.contains("Президент") && question.contains("акима района") && question.contains("1 мая 2023"), question);
        assertTrue(question.contains("Сената"), "the consent stated, in words: " + question);
        assertFalse(question.contains("akim-of-district") || question.contains("senate"), question);
    }

    @Test
    void thePageQuotesTheKazakhTextFor2026() {
        Response r = get("/", "lang=kk&actor=president&act=dismiss&target=akim-of-region&on=2026-08-01&ask=1");
        assertEquals(200, r.status());
        assertTrue(r.text().contains("89-бап"), "the Kazakh article beside the Russian");
        assertTrue(r.text().contains("Статья 89"));
    }

    @Test
    void compareGoesAcrossTheTransitionDays() throws Exception {
        JsonNode c = json(get("/api/compare", "actor=president&act=dismiss&target=akim-of-district"));
        List<String> days = new java.util.ArrayList<>();
        c.get("dates").forEach(d -> days.add(d.get("date").asText()));
        assertTrue(days.contains("2022-06-08") && days.contains("2023-01-01"), days.toString());
        JsonNode two = json(get("/api/compare", "actor=president&act=dismiss&target=akim-of-district&on=2022-06-07&on=2022-06-08"));
        assertEquals(2, two.get("dates").size());
        assertTrue(two.get("changes").get(0).get("verdictChanged").asBoolean());
        assertEquals(400, get("/api/compare", "actor=president&act=dismiss&target=akim-of-district&on=2022-02-30").status());
    }

    @Test
    void thePageShowsTheActionThroughTime() {
        Response r = get("/", "lang=ru&actor=president&act=dismiss&target=akim-of-district&on=2023-05-01&ask=1");
        assertTrue(r.text().contains("id=\"timeline\""));
        assertTrue(r.text().contains("data-date=\"2022-06-08\""));
        assertTrue(r.text().contains("data-changed=\"true\""), "the 2022 reform changed the verdict");
    }

    @Test
    void powersGivesTheMapOfTheDay() throws Exception {
        JsonNode map = json(get("/api/powers", "on=2023-05-01&lang=kk"));
        assertEquals("2023-05-01", map.get("date").asText());
        assertTrue(map.get("powers").size() > 20);
        JsonNode first = map.get("powers").get(0);
        for (String key : new String[] {"actor", "act", "target", "verdict", "actorText", "text", "terms", "provisions"}) {
            assertTrue(first.has(key), key);
        }
        assertEquals(400, get("/api/powers", "on=tomorrow").status());
        Response page = get("/powers", "on=2023-05-01&lang=ru");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("id=\"graph\""));
        assertTrue(page.text().contains("Президент"));
    }

    @Test
    void theGraphLibrariesComeFromTheJarWithTheirLicences() {
        for (String asset : new String[] {"cytoscape.min.js", "elk.bundled.js", "cytoscape-elk.js", "powers.js", "site.js"}) {
            assertEquals(200, get("/assets/" + asset, null).status(), asset);
        }
        for (String licence : new String[] {"cytoscape.LICENSE", "elkjs.LICENSE.md", "cytoscape-elk.LICENSE"}) {
            assertTrue(Site.class.getResource("/kz/atazan/web/vendor/" + licence) != null, licence);
        }
    }

    @Test
    void balanceGivesTheDatasetTheCommandGives() throws Exception {
        kz.atazan.balance.Balance balance = kz.atazan.balance.Balance.of(Sites.engine());
        assertEquals(JSON.readTree(kz.atazan.balance.BalanceJson.of(balance)), json(get("/api/balance", null)));
        Response csv = get("/api/balance", "format=csv");
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals(kz.atazan.balance.BalanceCsv.of(balance), csv.text());
        Response bad = get("/api/balance", "format=xlsx");
        assertEquals(400, bad.status());
        assertEquals("format", json(bad).get("problems").get(0).get("parameter").asText());
    }

    @Test
    void theBalancePageShowsTheChartAndTheScalesInTheLanguageAsked() {
        Response page = get("/balance", "lang=kk");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "the chart inline");
        assertTrue(page.text().contains("Сиарофф"), "the scales' names in Kazakh");
        assertTrue(page.text().contains("href=\"/api/balance?format=csv\""), "the dataset linked");
        assertFalse(page.text().contains("<style>"), "no inline style: the site's policy allows only its own style sheet");
    }

    @Test
    void explainAnswersWithTheDocumentOfExplainFormatJson() throws Exception {
        Response r = get("/api/explain", "actor=president&act=appoint&target=chair-of-national-bank&on=2023-05-01&lang=ru");
        assertEquals(200, r.status());
        Action same = Action.of(Entity.PRESIDENT, Act.APPOINT, Entity.CHAIR_OF_NATIONAL_BANK, LocalDate.of(2023, 5, 1));
        assertEquals(JSON.readTree(kz.atazan.teaching.ExplanationJson.of(new kz.atazan.teaching.Explainer(Sites.engine()).explain(same),
                Language.RU)), json(r));
        // Art. 44(4) as amended in 2022: the Chair of the National Bank with the Senate's consent
        JsonNode fix = json(r).get("smallestChange").get("sameDay").get(0);
        assertEquals(List.of("senate"), JSON.convertValue(fix.get("arguments").get("consent"), List.class));
        assertEquals(400, get("/api/explain", "actor=president&act=appoint").status());
    }

    @Test
    void theAnswerOffersTheSmallestChangeAndItsLinkAsksItSoChanged() throws Exception {
        Response page = get("/", "actor=president&act=appoint&target=chair-of-national-bank&on=2023-05-01&ask=1&lang=en");
        assertEquals(200, page.status());
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("class=\"follow\" href=\"([^\"]+)\"").matcher(page.text());
        assertTrue(link.find(), "a change offered");
        String href = link.group(1).replace("&amp;", "&");
        assertTrue(href.contains("consent=senate"), href);
        String query = href.substring(href.indexOf('?') + 1);
        Response followed = get("/", query);
        assertTrue(followed.text().contains("data-verdict=\"constitutional\""), "the changed question is constitutional");
    }

    /**
     * A scenario file a student might write: one check that holds (Art. 44(4) as amended in 2022:
     * the Chair of the National Bank with the Senate's consent), one that does not, and an unknown
     * act on line 17.
     */
    static final String SCENARIO = """
            title: "A student's file"
            scenarios:
              - id: national-bank
                action:
                  actor: president
                  act: appoint
                  target: chair-of-national-bank
                  consents: [senate]
                expect:
                  - date: 2023-05-01
                    verdict: constitutional
                  - date: 2023-05-02
                    verdict: unconstitutional
              - id: a-typo
                action:
                  actor: president
                  act: apoint
                  target: chair-of-national-bank
                expect:
                  - date: 2023-05-01
                    verdict: constitutional
            """;

    @Test
    void runAnswersWithTheReportOfRunFormatJsonEachProblemAtItsLine() throws Exception {
        Response r = Sites.site().handle("POST", "/api/run", "lang=ru", null, null, SCENARIO.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, r.status());
        JsonNode report = json(r);
        assertEquals(1, report.get("passed").asInt());
        assertEquals(1, report.get("failed").asInt());
        JsonNode error = report.get("errors").get(0);
        assertEquals(Site.SENT_FILE, error.get("file").asText());
        assertEquals(17, error.get("line").asInt());
        assertTrue(error.get("message").asText().contains("appoint"), "the nearest name suggested: " + error);
        assertEquals(405, get("/api/run", null).status(), "a file is sent, not fetched");
        assertEquals(405, Sites.site().handle("POST", "/api/check", null, null, null, new byte[0]).status());
    }

    @Test
    void theScenarioPageShowsTheReportAndTheProblemsAtTheirLines() {
        String form = "lang=en&scenario=" + java.net.URLEncoder.encode(SCENARIO, java.nio.charset.StandardCharsets.UTF_8);
        Response page = Sites.site().handle("POST", "/run", null, null, null, form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, page.status());
        assertTrue(page.text().contains("data-line=\"17\""), "the problem at its line");
        assertTrue(page.text().contains("data-passed=\"false\""));
        assertTrue(page.text().contains("national-bank"), "the failing check named in the report");
        assertTrue(page.text().contains("&quot;A student&#39;s file&quot;") || page.text().contains("A student"), "the text kept to correct it");
        assertEquals(200, get("/run", "lang=kk").status());
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndOnlyParametersTheyTake() throws Exception {
        JsonNode api = json(get("/api/openapi.json", null));
        assertEquals("3.1.0", api.get("openapi").asText());
        java.util.Set<String> paths = new java.util.TreeSet<>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(new java.util.TreeSet<>(List.of("/api/balance", "/api/check", "/api/compare", "/api/explain", "/api/powers", "/api/run",
                "/api/vocabulary")), paths);
        for (String path : paths) {
            JsonNode operation = api.get("paths").get(path).has("get") ? api.get("paths").get(path).get("get") : api.get("paths").get(path).get("post");
            String method = api.get("paths").get(path).has("get") ? "GET" : "POST";
            assertTrue(operation.get("responses").has("200") && operation.get("responses").has("400"), path);
            for (JsonNode parameter : operation.get("parameters")) {
                String name = parameter.get("name").asText();
                Response r = Sites.site().handle(method, path, name + "=x", null, null, new byte[0]);
                assertFalse(r.text().contains("unknown parameter"), path + " takes '" + name + "': " + r.text());
            }
            Response unknown = Sites.site().handle(method, path, "not-a-parameter=1", null, null, new byte[0]);
            assertEquals(400, unknown.status(), path);
        }
        JsonNode consent = null;
        for (JsonNode parameter : api.get("paths").get("/api/check").get("get").get("parameters")) {
            if (parameter.get("name").asText().equals("consent")) {
                consent = parameter;
            }
        }
        assertTrue(consent != null && consent.get("schema").get("items").get("enum").toString().contains("\"senate\""), String.valueOf(consent));
    }

    /** The sheet the page draws for this topic, size and seed, drawn here as 'exercises generate' draws it. */
    static kz.atazan.teaching.Sheet sheet(String topic, int count, long seed) {
        kz.atazan.teaching.QuestionPool pool = kz.atazan.teaching.QuestionPool.read(List.of(java.nio.file.Path.of("scenarios")));
        return new kz.atazan.teaching.SheetMaker(Sites.engine()).make(pool,
                new kz.atazan.teaching.SheetMaker.Request(count, java.util.Optional.of(topic), java.util.Optional.empty(), java.util.Optional.empty(), seed),
                "", "");
    }

    static String verdictOf(kz.atazan.teaching.Question q) {
        return Sites.engine().judge(q.action()).verdict().label();
    }

    static String other(String verdict) {
        return verdict.equals("constitutional") ? "unconstitutional" : "constitutional";
    }

    @Test
    void anExerciseAnsweredOnThePageIsCheckedAtOnceAndAWrongAnswerExplained() {
        kz.atazan.teaching.Sheet sheet = sheet("president", 3, 11);
        assertEquals(3, sheet.questions().size());
        String right = verdictOf(sheet.questions().get(0));
        String wrong = other(verdictOf(sheet.questions().get(1)));
        Response page = get("/exercises", "lang=ru&topic=president&count=3&seed=11&check=1&q1=" + right + "&q2=" + wrong);
        assertEquals(200, page.status());
        String html = page.text();
        assertTrue(html.matches("(?s).*id=\"q1\" data-right=\"true\".*"), "q1 right");
        assertTrue(html.matches("(?s).*id=\"q2\" data-right=\"false\".*"), "q2 wrong");
        assertTrue(html.matches("(?s).*id=\"q3\" data-right=\"false\".*"), "q3 unanswered counts as wrong");
        assertTrue(html.contains("class=\"feedback\""), "the wrong answer explained");
        assertEquals(400, get("/exercises", "topic=no-such-topic").status());
        assertEquals(400, get("/exercises", "count=0").status());
    }

    @Test
    void aTeacherDownloadsTheSheetAndKeyAndGradesAnAnswerFile() {
        kz.atazan.teaching.Sheet sheet = sheet("akim", 2, 5);
        String answers = "q1: " + verdictOf(sheet.questions().get(0)) + "\nq2: " + other(verdictOf(sheet.questions().get(1))) + "\n";
        String form = "lang=en&topic=akim&count=2&seed=5&answers=" + java.net.URLEncoder.encode(answers, java.nio.charset.StandardCharsets.UTF_8);
        Response graded = Sites.site().handle("POST", "/exercises", null, null, null, form.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, graded.status());
        assertTrue(graded.text().contains("id=\"score\""), "a score");
        assertTrue(graded.text().matches("(?s).*id=\"q1\" data-right=\"true\".*") && graded.text().matches("(?s).*id=\"q2\" data-right=\"false\".*"));
        String bad = "lang=en&topic=akim&count=2&seed=5&answers=" + java.net.URLEncoder.encode("q9: maybe", java.nio.charset.StandardCharsets.UTF_8);
        Response problems = Sites.site().handle("POST", "/exercises", null, null, null, bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(problems.text().contains("id=\"problems\"") && problems.text().contains("q9"), "a bad answer file named, nothing graded");
        for (String printable : new String[] {"/exercises/sheet", "/exercises/key"}) {
            Response r = get(printable, "lang=kk&topic=akim&count=2&seed=5");
            assertEquals(200, r.status(), printable);
            assertTrue(r.headers().toString().contains("attachment"), printable);
            assertTrue(r.text().startsWith("<!DOCTYPE html>") || r.text().startsWith("<!doctype html>"), printable);
        }
    }

    /**
     * From 1 May 2021 to 1 May 2023 the Constitutional Court replaced the Constitutional Council
     * (the 2022 amendment, in force from 1 January 2023): the Chair of the Constitutional Court is
     * appointed by the President with the Senate's consent (Art. 44(4) as amended), a power that
     * did not exist before.
     */
    @Test
    void thePowerMapComparesTwoDays() throws Exception {
        JsonNode diff = json(get("/api/powers", "from=2021-05-01&on=2023-05-01&lang=ru"));
        assertEquals("2021-05-01", diff.get("from").asText());
        assertEquals("2023-05-01", diff.get("to").asText());
        boolean court = false;
        for (JsonNode c : diff.get("changes")) {
            court |= c.get("actor").asText().equals("president") && c.get("target").asText().equals("chair-of-constitutional-court")
                    && c.get("kind").asText().equals("gained");
        }
        assertTrue(court, "the President gains the appointment of the Chair of the Constitutional Court");
        Response page = get("/powers", "from=2021-05-01&on=2023-05-01&lang=kk");
        assertTrue(page.text().contains("id=\"change-table\""), "the changes shown on the page");
        assertEquals(400, get("/api/powers", "from=yesterday").status());
    }
}
