package org.isnad.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A real headless Chromium: the Debian {@code chromium} and {@code chromium-driver} packages that ./isnad
 * installs, never a downloaded browser (the binaries are given explicitly, so Selenium Manager has nothing to
 * fetch). Each {@link #open()} is a fresh profile: no cookies, no Keycloak session.
 */
final class Browser {

    static final String GATEWAY = System.getProperty("isnad.gateway.url", "http://127.0.0.1:18080");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    static WebDriver open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("isnad.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=ar", "--no-first-run", "--disable-extensions");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("isnad.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Waits up to 30 s for a condition. A condition that reads an element while the page is being replaced (a form
     * post answered by a redirect, such as renewing a lease) can find the old element and read it after it is gone:
     * that is "not yet", so stale references are retried like missing elements.
     */
    static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Opens a gateway page; an anonymous browser lands on Keycloak's login form, which this fills in. */
    static void signIn(WebDriver driver, String path, String user, String password) {
        driver.get(GATEWAY + path);
        waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        if (!driver.getCurrentUrl().startsWith("http://127.0.0.1:8180/realms/isnad/")) {
            throw new AssertionError("expected Keycloak's login page, got " + driver.getCurrentUrl());
        }
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    static void signIn(WebDriver driver, String path, String user) {
        signIn(driver, path, user, user);
        waitFor(driver).until(d -> d.getCurrentUrl().startsWith(GATEWAY));
    }

    static WebElement await(WebDriver driver, By by) {
        return waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Saves a screenshot and the page source under target/screenshots when a browser test fails (right after
     * the test method, before {@code @AfterEach} closes the browser).
     */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

        private static final ThreadLocal<WebDriver> CURRENT = new ThreadLocal<>();

        static void watch(WebDriver driver) {
            CURRENT.set(driver);
        }

        @Override
        public void afterTestExecution(ExtensionContext context) {
            WebDriver driver = CURRENT.get();
            CURRENT.remove();
            if (driver == null || context.getExecutionException().isEmpty()) {
                return;
            }
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()
                    .replaceAll("[^A-Za-z0-9_-]", "_");
            try {
                Files.createDirectories(SCREENSHOTS);
                byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
                Files.write(SCREENSHOTS.resolve(name + ".png"), png);
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), "<!-- " + driver.getCurrentUrl() + " -->\n"
                        + Optional.ofNullable(driver.getPageSource()).orElse(""), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                System.err.println("could not save a screenshot of " + name + ": " + e);
            }
        }
    }
}
