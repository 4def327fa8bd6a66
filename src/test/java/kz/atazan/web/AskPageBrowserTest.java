package kz.atazan.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import kz.atazan.model.Act;
import kz.atazan.model.Action;
import kz.atazan.model.Entity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Ask page in real headless Chromium, served over loopback by the real server. */
class AskPageBrowserTest {

    private static WebServer server;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(Sites.site(), "127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        try {
            browser = Browser.start();
        } finally {
            if (browser == null) {
                server.close();
                server = null;
            }
        }
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Chooses the option by its value in a select that htmx redraws on change, and waits for the redraw. */
    private void choose(String select, String value) {
        WebElement before = browser.findElement(By.id("ask"));
        new Select(browser.findElement(By.id(select))).selectByValue(value);
        waiting().until(d -> {
            try {
                before.isDisplayed();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return true;
            }
        });
        waiting().until(d -> new Select(d.findElement(By.id(select))).getFirstSelectedOption().getAttribute("value").equals(value));
    }

    private void ask(String lang, String actor, String act, String target, String date) {
        browser.get(base + "/?lang=" + lang);
        choose("actor", actor);
        choose("act", act);
        choose("target", target);
        WebElement on = browser.findElement(By.id("on"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", on, date);
        browser.findElement(By.id("ask-button")).click();
        try {
            waiting().until(d -> !d.findElements(By.id("verdict")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no verdict at " + browser.getCurrentUrl() + ":\n" + browser.findElement(By.tagName("main")).getText(), e);
        }
    }

    @Test
    void askingInRussianGivesTheAnswerOfCheck() {
        ask("ru", "president", "dismiss", "akim-of-district", "2023-05-01");
        WebElement verdict = browser.findElement(By.id("verdict"));
        String expected = Sites.engine().judge(Action.of(Entity.PRESIDENT, Act.DISMISS, Entity.AKIM_OF_DISTRICT, LocalDate.of(2023, 5, 1)))
                .verdict().label();
        assertEquals(expected, verdict.getAttribute("data-verdict"));
        assertEquals("Не соответствует Конституции", verdict.getText());
        assertTrue(browser.getCurrentUrl().contains("actor=president"), "the question is in the address, to share or come back to");
        browser.findElement(By.cssSelector("details.articles summary")).click();
        assertTrue(browser.findElement(By.cssSelector("article.official[lang=ru]")).getText().contains("Президент"));
        assertTrue(!browser.findElements(By.cssSelector("article.official mark")).isEmpty(), "the decisive words marked");
    }

    @Test
    void choosingTheActorNarrowsTheActsAndTargets() {
        browser.get(base + "/?lang=en");
        int acts = new Select(browser.findElement(By.id("act"))).getOptions().size();
        int targets = new Select(browser.findElement(By.id("target"))).getOptions().size();
        choose("actor", "senate");
        List<WebElement> narrowedActs = new Select(browser.findElement(By.id("act"))).getOptions();
        assertTrue(narrowedActs.size() < acts, narrowedActs.size() + " of " + acts);
        assertTrue(new Select(browser.findElement(By.id("target"))).getOptions().size() < targets);
    }

    @Test
    void askingInKazakhAndEnglish() {
        ask("kk", "president", "dismiss", "akim-of-region", "2026-08-01");
        assertEquals("constitutional", browser.findElement(By.id("verdict")).getAttribute("data-verdict"));
        assertEquals("Конституцияға сәйкес", browser.findElement(By.id("verdict")).getText());
        assertTrue(!browser.findElements(By.cssSelector("article.official[lang=kk]")).isEmpty(), "the Kazakh article for 2026");
        ask("en", "president", "appoint", "chair-of-national-bank", "2023-05-01");
        assertEquals("Unconstitutional", browser.findElement(By.id("verdict")).getText());
    }

    @Test
    void aBadDateIsShownAsAProblem() {
        browser.get(base + "/?lang=en&actor=president&act=dismiss&target=akim-of-district&on=2023-02-30&ask=1");
        assertTrue(browser.findElement(By.id("problems")).getText().contains("on:"));
    }

    @Test
    void theTimelineMovesTheAnswer() {
        browser.get(base + "/?lang=en&actor=president&act=dismiss&target=akim-of-district&on=2023-05-01&ask=1");
        assertEquals("unconstitutional", browser.findElement(By.id("verdict")).getAttribute("data-verdict"));
        WebElement before = browser.findElement(By.cssSelector("li.point[data-date='2019-03-23'] a"));
        before.click();
        waiting().until(d -> d.getCurrentUrl().contains("on=2019-03-23"));
        waiting().until(d -> "constitutional".equals(d.findElement(By.id("verdict")).getAttribute("data-verdict")));
        // the slider: let go on a day of 2024
        WebElement slider = browser.findElement(By.id("slider"));
        long day = LocalDate.of(2024, 2, 1).toEpochDay();
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", slider, String.valueOf(day));
        waiting().until(d -> d.getCurrentUrl().contains("on=2024-02-01"));
        waiting().until(d -> "unconstitutional".equals(d.findElement(By.id("verdict")).getAttribute("data-verdict")));
    }

    @Test
    void thePowerMapIsLaidOutByTheGraphLibrary() {
        browser.get(base + "/powers?lang=ru&on=2023-05-01");
        WebElement graph = browser.findElement(By.id("graph"));
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> graph.getAttribute("data-laid-out") != null || graph.getAttribute("data-error") != null);
        assertEquals(null, graph.getAttribute("data-error"));
        assertTrue(Integer.parseInt(graph.getAttribute("data-nodes")) > 10);
        assertTrue(!browser.findElements(By.cssSelector("#graph canvas")).isEmpty(), "drawn");
        assertTrue(browser.findElement(By.id("power-table")).getText().contains("Президент"));
    }

    @Test
    void theBalancePageDrawsItsChartUnderTheSitesPolicy() {
        browser.get(base + "/?lang=ru");
        browser.findElement(By.id("to-balance")).click();
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> !d.findElements(By.cssSelector("#balance svg")).isEmpty());
        WebElement chart = browser.findElement(By.cssSelector("#balance svg"));
        assertTrue(chart.getSize().getWidth() > 300, "the chart is drawn at a readable width");
        assertTrue(browser.getTitle().startsWith("Полномочия Президента"), browser.getTitle());
        // the site's style sheet, not an inline one, draws the tables' borders: the policy would block an inline style
        WebElement cell = browser.findElement(By.cssSelector("table.balance td"));
        assertEquals("collapse", browser.findElement(By.cssSelector("table.balance")).getCssValue("border-collapse"));
        assertTrue(cell.getCssValue("border-top-style").equals("solid"), cell.getCssValue("border-top-style"));
        assertTrue(browser.findElement(By.id("dataset-csv")).getAttribute("href").endsWith("/api/balance?format=csv"));
    }

    @Test
    void followingTheSmallestChangeMakesItConstitutional() {
        ask("ru", "president", "appoint", "chair-of-national-bank", "2023-05-01");
        assertEquals("unconstitutional", browser.findElement(By.id("verdict")).getAttribute("data-verdict"));
        WebElement fixes = browser.findElement(By.id("fixes"));
        assertTrue(fixes.getText().contains("Сенат"), "the change names the Senate's consent in Russian: " + fixes.getText());
        fixes.findElement(By.cssSelector("a.follow")).click();
        waiting().until(d -> d.getCurrentUrl().contains("consent=senate"));
        assertEquals("constitutional", browser.findElement(By.id("verdict")).getAttribute("data-verdict"));
    }

    @Test
    void aScenarioFileOpenedFromTheDiskIsRunAndItsErrorShownAtItsLine() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("student", ".yaml");
        try {
            java.nio.file.Files.writeString(file, SiteApiTest.SCENARIO);
            browser.get(base + "/run?lang=kk");
            browser.findElement(By.id("scenario-file")).sendKeys(file.toString());
            waiting().until(d -> d.findElement(By.id("scenario")).getAttribute("value").contains("apoint"));
            browser.findElement(By.id("run-button")).click();
            waiting().until(d -> !d.findElements(By.id("report")).isEmpty());
            WebElement problem = browser.findElement(By.cssSelector("#problems li"));
            assertEquals("17", problem.getAttribute("data-line"));
            assertTrue(problem.getText().startsWith(Site.SENT_FILE + ":17:"), problem.getText());
            assertEquals("false", browser.findElement(By.id("report")).getAttribute("data-passed"));
            assertTrue(browser.findElement(By.id("scenario")).getAttribute("value").contains("apoint"), "the text kept, to correct it");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void aStudentPractisesTwoExercisesAndSeesEachChecked() {
        kz.atazan.teaching.Sheet sheet = SiteApiTest.sheet("president", 2, 7);
        String first = SiteApiTest.verdictOf(sheet.questions().get(0));
        String second = SiteApiTest.other(SiteApiTest.verdictOf(sheet.questions().get(1)));
        browser.get(base + "/?lang=kk");
        browser.findElement(By.id("to-exercises")).click();
        waiting().until(d -> !d.findElements(By.id("sheet-form")).isEmpty());
        browser.get(base + "/exercises?lang=kk&topic=president&count=2&seed=7");
        browser.findElement(By.cssSelector("input[name=q1][value=" + first + "]")).click();
        browser.findElement(By.cssSelector("input[name=q2][value=" + second + "]")).click();
        browser.findElement(By.id("check")).click();
        waiting().until(d -> !d.findElements(By.id("score")).isEmpty());
        assertEquals("true", browser.findElement(By.id("q1")).getAttribute("data-right"));
        assertEquals("false", browser.findElement(By.id("q2")).getAttribute("data-right"));
        assertTrue(!browser.findElement(By.cssSelector("#q2 .feedback")).getText().isBlank(), "the wrong answer explained");
        assertTrue(browser.findElement(By.cssSelector("input[name=q1][value=" + first + "]")).isSelected(), "the answers kept");
    }
}
