package org.dyad.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's {@code chromium} and {@code chromium-driver} packages, driven by
 * Selenium through the system chromedriver; no browser is ever downloaded. Without them a test
 * fails saying what to install when {@code CI=true}, and is skipped with that message otherwise.
 */
final class Chromium {
    static final Path BROWSER = Path.of(System.getenv().getOrDefault("DYAD_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("DYAD_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Chromium() {}

    static ChromeDriver start() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String message = "the browser tests need Debian's chromium and chromium-driver (" + BROWSER + ", " + DRIVER
                    + "): apt-get install -y chromium chromium-driver (.ci/run does), or point DYAD_CHROMIUM and"
                    + " DYAD_CHROMEDRIVER at them";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1100", "--no-first-run", "--disable-extensions", "--disable-background-networking");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
