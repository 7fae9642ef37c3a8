package org.isnad.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may open which page of the web UI, signed in through Keycloak in a real browser: every page for every
 * desk role, allowed (the page renders) or forbidden (the 403 problem page), plus sign-out.
 */
class WebUiAccessBrowserIT {

    /** Page → roles allowed to open it. */
    private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/", List.of("reviewer", "editor", "admin"));
        PAGES.put("/reviews/mine", List.of("reviewer", "editor"));
        PAGES.put("/editor", List.of("editor"));
        PAGES.put("/dashboard", List.of("editor", "admin"));
        PAGES.put("/admin/users", List.of("admin"));
        PAGES.put("/admin/queues", List.of("admin"));
        PAGES.put("/admin/rubric", List.of("admin"));
        PAGES.put("/admin/audit", List.of("admin"));
    }

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    private WebDriver driver;

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void reviewerSeesOnlyReviewerPages() {
        check("reviewer1", "reviewer");
    }

    @Test
    void editorSeesEditorPages() {
        check("editor1", "editor");
    }

    @Test
    void adminSeesAdminPages() {
        check("admin1", "admin");
    }

    @Test
    void ingestAccountHasNoDeskPages() {
        check("ingest1", "ingest");
    }

    @Test
    void signingOutEndsTheSessionAtKeycloakToo() {
        driver = Browser.open();
        Browser.ScreenshotOnFailure.watch(driver);
        Browser.signIn(driver, "/", "reviewer1");
        Browser.await(driver, By.id("logout")).click();
        Browser.waitFor(driver).until(d -> d.getCurrentUrl().startsWith(Browser.GATEWAY + "/signed-out"));
        driver.get(Browser.GATEWAY + "/");
        Browser.await(driver, By.id("username"));
        assertTrue(driver.getCurrentUrl().startsWith("http://127.0.0.1:8180/"), "a new sign-in is needed");
    }

    @Test
    void anExpiredSessionLeadsBackThroughKeycloakInsteadOfBreakingThePage() {
        driver = Browser.open();
        Browser.ScreenshotOnFailure.watch(driver);
        Browser.signIn(driver, "/queues/all/work", "reviewer1");
        Browser.await(driver, By.id("work"));
        // the gateway's session cookies vanish, as when the session expires; Keycloak's own session lives on
        driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .forEach(c -> driver.manage().deleteCookie(c));
        assertTrue(driver.manage().getCookies().stream().noneMatch(c -> c.getName().startsWith("q_session")));
        driver.findElement(By.id("renew")).click(); // an htmx call: 499, then the page reloads itself
        Browser.waitFor(driver).until(d -> d.manage().getCookies().stream()
                .anyMatch(c -> c.getName().startsWith("q_session")));
        Browser.await(driver, By.id("work"));
        assertTrue(driver.getCurrentUrl().startsWith(Browser.GATEWAY + "/queues/all/work"), driver.getCurrentUrl());
    }

    private void check(String user, String role) {
        driver = Browser.open();
        Browser.ScreenshotOnFailure.watch(driver);
        Browser.signIn(driver, "/reviews/mine", user);
        for (Map.Entry<String, List<String>> page : PAGES.entrySet()) {
            driver.get(Browser.GATEWAY + page.getKey());
            Browser.await(driver, By.tagName("h1"));
            boolean allowed = page.getValue().contains(role);
            String heading = driver.findElement(By.tagName("h1")).getText();
            assertEquals(allowed, !heading.startsWith("403"), user + " on " + page.getKey() + ": " + heading);
            if (allowed) {
                assertTrue(driver.findElements(By.id("current-user")).stream()
                        .anyMatch(e -> e.getText().equals(user)), "the layout names the signed-in user");
            }
        }
    }
}
