package kz.atazan.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's screenshots, taken in headless Chromium when asked for:
 * {@code mvn -q surefire:test -Dtest=ScreenshotsTest -Datazan.screenshots=docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "atazan.screenshots", matches = ".+")
class ScreenshotsTest {

    @Test
    void takeTheMainPages() throws Exception {
        Path folder = Path.of(System.getProperty("atazan.screenshots"));
        Files.createDirectories(folder);
        try (WebServer server = WebServer.start(Sites.site(), "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            ChromeDriver browser = Browser.start();
            try {
                browser.get(base + "/?lang=ru&actor=president&act=dismiss&target=akim-of-district&on=2023-05-01&ask=1");
                browser.findElement(By.cssSelector("details.articles summary")).click();
                save(browser, folder.resolve("ask-ru.png"));
                browser.get(base + "/powers?lang=en&on=2023-05-01");
                new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> d.findElement(By.id("graph")).getAttribute("data-laid-out") != null);
                save(browser, folder.resolve("powers-en.png"));
            } finally {
                browser.quit();
            }
        }
    }

    private static void save(ChromeDriver browser, Path file) throws Exception {
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }
}
