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
        assertEquals(JSON.readTree(JsonReport.of(Sites.engine().judge(same), Language.EN)), json(r));
        assertEquals("unconstitutional", json(r).get("verdict").asText());
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
}
