package kz.atazan.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver, both given by path so that Selenium
 * Manager downloads nothing. A machine without them skips the browser tests, saying why; .ci/run
 * installs both, so CI always runs them.
 */
final class Browser {

    static final Path DRIVER = Path.of(System.getProperty("atazan.chromedriver", "/usr/bin/chromedriver"));
    static final Path BINARY = Path.of(System.getProperty("atazan.chromium", "/usr/bin/chromium"));

    private Browser() {}

    static ChromeDriver start() {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(BINARY),
                "Chromium is not installed (" + BINARY + ", " + DRIVER + "): the browser tests are skipped; "
                        + "apt-get install chromium chromium-driver runs them (.ci/run does)");
        System.setProperty("webdriver.http.factory", "jdk-http-client");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,1600", "--lang=en-US");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
