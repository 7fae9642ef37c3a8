package org.isnad.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web UI in a real headless Chromium against the running platform, signing in through Keycloak's own
 * login page (authorization code + PKCE): a reviewer rates with the keyboard, an editor adjudicates and
 * publishes, an admin creates a user who then signs in and leases, the claim highlight is exact in RTL text,
 * and hostile text stays inert. Screenshots of failures land in target/screenshots.
 */
class WebUiBrowserIT {

    @RegisterExtension
    final Browser.ScreenshotOnFailure screenshots = new Browser.ScreenshotOnFailure();

    private WebDriver driver;

    private WebDriver browser() {
        driver = Browser.open();
        Browser.ScreenshotOnFailure.watch(driver);
        return driver;
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anonymousVisitorIsSentToKeycloakWithPkceAndComesBackToTheQueues() {
        WebDriver web = browser();
        web.get(Browser.GATEWAY + "/");
        Browser.await(web, By.id("username"));
        String login = web.getCurrentUrl();
        assertTrue(login.contains("client_id=isnad-web") && login.contains("code_challenge_method=S256"), login);
        web.findElement(By.id("username")).sendKeys("reviewer1");
        web.findElement(By.id("password")).sendKeys("reviewer1");
        web.findElement(By.id("kc-login")).click();
        WebElement queues = Browser.await(web, By.id("queues"));
        assertEquals("rtl", web.findElement(By.tagName("html")).getAttribute("dir"), "Arabic by default");
        assertFalse(queues.findElements(By.cssSelector("li.queue[data-queue='all'] .depth")).isEmpty(),
                "the home page lists the queues with their depths");
        web.get(Browser.GATEWAY + "/?lang=en");
        assertEquals("ltr", web.findElement(By.tagName("html")).getAttribute("dir"));
        web.get(Browser.GATEWAY + "/");
        assertEquals("en", web.findElement(By.tagName("html")).getAttribute("lang"), "the choice is remembered");
    }

    @Test
    void reviewerLeasesRatesAndSubmitsWithTheKeyboard() {
        ingestAndAwaitClaims(Articles.arabic());
        WebDriver web = browser();
        Browser.signIn(web, "/queues/all/work", "reviewer1");
        WebElement work = Browser.await(web, By.id("work"));
        String claimId = work.getAttribute("data-claim");
        assertNotNull(Browser.await(web, By.id("lease-countdown")));
        Browser.waitFor(web).until(d -> !d.findElement(By.id("lease-countdown")).getText().isBlank());

        String expiry = web.findElement(By.id("lease-expiry")).getAttribute("data-expires");
        web.findElement(By.id("renew")).click();
        Browser.waitFor(web).until(d -> !expiry.equals(d.findElement(By.id("lease-expiry")).getAttribute("data-expires")));
        assertTrue(java.time.OffsetDateTime.parse(web.findElement(By.id("lease-expiry")).getAttribute("data-expires"))
                .isAfter(java.time.OffsetDateTime.parse(expiry)), "renewing moves the lease's end later");

        WebElement body = web.findElement(By.tagName("body"));
        body.sendKeys("3");
        body.sendKeys("4");
        assertEquals("3", checkedValue(web, "rating.sourcing"));
        assertEquals("4", checkedValue(web, "rating.evidence"));
        new Select(web.findElement(By.id("verdict"))).selectByValue("MISLEADING");
        web.findElement(By.cssSelector("textarea[name=notes]")).sendKeys("ملاحظة اختبار");
        new Actions(web).moveToElement(web.findElement(By.id("article-title"))).click().perform();
        web.findElement(By.tagName("body")).sendKeys("s");

        Browser.waitFor(web).until(d -> d.getCurrentUrl().contains("notice=review-saved")
                || d.getCurrentUrl().contains("notice=queue-empty"));
        Response mine = Platform.as("reviewer1").get("/api/v1/claims/" + claimId);
        assertEquals(200, mine.statusCode(), mine.asString());
        List<Map<String, Object>> reviews = mine.path("reviews");
        assertTrue(reviews.stream().anyMatch(r -> "reviewer1".equals(r.get("reviewer"))
                && "MISLEADING".equals(r.get("verdict"))), "the review went to review-service: " + reviews);
    }

    @Test
    void claimHighlightCoversExactlyTheClaimInRightToLeftText() {
        ingestAndAwaitClaims(Articles.arabic());
        WebDriver web = browser();
        Browser.signIn(web, "/queues/all/work", "reviewer2");
        String claimId = Browser.await(web, By.id("work")).getAttribute("data-claim");
        Response claim = Platform.as("reviewer2").get("/api/v1/claims/" + claimId);
        String text = claim.path("text");
        String article = claim.path("article.text");
        int start = claim.path("start");
        int end = claim.path("end");
        assertEquals(text, article.substring(start, end), "the contract: text == article[start, end)");

        WebElement articleText = web.findElement(By.id("article-text"));
        assertEquals("rtl", articleText.getAttribute("dir"));
        List<WebElement> marks = articleText.findElements(By.tagName("mark"));
        assertEquals(1, marks.size(), "one highlight");
        JavascriptExecutor js = (JavascriptExecutor) web;
        assertEquals(text, js.executeScript("return arguments[0].textContent", marks.get(0)),
                "the highlight holds exactly the claim's characters");
        // the text before the highlight in the article (paragraphs joined by line breaks) ends where the claim starts
        Object before = js.executeScript(
                "var m = arguments[0], r = document.createRange(); r.setStart(arguments[1], 0); r.setEndBefore(m);"
                        + "var ps = Array.from(arguments[1].querySelectorAll('p')), out = [];"
                        + "for (var p of ps) { if (p.contains(m)) { var q = document.createRange();"
                        + " q.setStart(p, 0); q.setEndBefore(m); out.push(q.toString()); break; } out.push(p.textContent); }"
                        + "return out.join('\\n');", marks.get(0), articleText);
        String expectedBefore = String.join("\n", article.substring(0, start).lines()
                .filter(line -> !line.isBlank()).toList()) + (article.substring(0, start).endsWith("\n") ? "\n" : "");
        assertEquals(expectedBefore.replaceAll("\n+$", ""), before.toString().replaceAll("\n+$", ""),
                "nothing before the claim is highlighted and nothing is lost");
        Boolean rendered = (Boolean) js.executeScript("var r = arguments[0].getClientRects();"
                + "return r.length > 0 && r[0].width > 0;", marks.get(0));
        assertTrue(rendered, "the highlight is laid out on screen");
    }

    @Test
    void editorAdjudicatesADisputedClaimAndPublishes() {
        String disputed = disputedClaim();
        WebDriver web = browser();
        Browser.signIn(web, "/editor", "editor1");
        Browser.await(web, By.id("editor-claims"));
        web.get(Browser.GATEWAY + "/editor/claims/" + disputed);
        WebElement comparison = Browser.await(web, By.id("review-comparison"));
        assertTrue(comparison.findElements(By.cssSelector("thead th")).size() >= 3,
                "both reviewers' columns side by side");
        new Select(web.findElement(By.id("editor-verdict"))).selectByValue("MOSTLY_FALSE");
        web.findElement(By.id("explanation")).sendKeys("تناقضت المصادر ولم تؤكد أي جهة مستقلة الأرقام.");
        web.findElement(By.id("explanation-en")).sendKeys("Sources contradict each other; nobody independent confirms the numbers.");
        web.findElement(By.id("publish")).click();
        Browser.waitFor(web).until(d -> d.getCurrentUrl().contains("notice=verdict-published"));
        String preview = Browser.await(web, By.id("claimreview-preview")).getText();
        assertTrue(preview.contains("\"ClaimReview\"") && preview.contains("reviewRating"), preview);
        assertEquals("PUBLISHED", Platform.as("editor1").get("/api/v1/claims/" + disputed).path("status"));

        // the dashboard draws its charts from review-service's statistics
        web.get(Browser.GATEWAY + "/dashboard");
        Browser.await(web, By.id("chart-backlog"));
        Browser.waitFor(web).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return typeof Chart !== 'undefined' && ['chart-backlog','chart-reviews','chart-alpha']"
                        + ".every(function (id) { return !!Chart.getChart(id); });")));
    }

    @Test
    void adminCreatesAUserWhoSignsInAndLeases() {
        ingestAndAwaitClaims(Articles.arabic());
        String username = "desk-" + UUID.randomUUID().toString().substring(0, 8);
        WebDriver web = browser();
        Browser.signIn(web, "/admin/users", "admin1");
        Browser.await(web, By.id("create-user"));
        web.findElement(By.id("new-username")).sendKeys(username);
        web.findElement(By.id("new-email")).sendKeys(username + "@example.org");
        web.findElement(By.id("new-first-name")).sendKeys("سلمى");
        web.findElement(By.id("new-last-name")).sendKeys("Haddad");
        web.findElement(By.id("new-password")).sendKeys("Temp-pass-123");
        web.findElement(By.id("new-role-reviewer")).click();
        web.findElement(By.id("create-user-submit")).click();
        Browser.waitFor(web).until(d -> d.getCurrentUrl().contains("notice=user-created"));
        WebElement row = Browser.await(web, By.cssSelector("tr[data-username='" + username + "']"));
        assertTrue(row.findElement(By.cssSelector("input[name=role][value=reviewer]")).isSelected());
        driver.quit();

        WebDriver fresh = browser();
        Browser.signIn(fresh, "/", username, "Temp-pass-123");
        // Keycloak insists on a new password first: the temporary one was only for the first sign-in
        WebElement newPassword = Browser.await(fresh, By.id("password-new"));
        newPassword.sendKeys("Chosen-pass-456");
        fresh.findElement(By.id("password-confirm")).sendKeys("Chosen-pass-456", Keys.ENTER);
        Browser.await(fresh, By.id("queues"));
        fresh.findElement(By.id("work-all")).click();
        Browser.waitFor(fresh).until(d -> !d.findElements(By.id("work")).isEmpty()
                || d.getCurrentUrl().contains("notice=queue-empty"));
        assertFalse(fresh.findElements(By.id("claim-highlight")).isEmpty(), "the new reviewer holds a lease");
    }

    @Test
    void hostileTextInArticlesAndNotesIsRenderedInert() {
        String payload = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
        Map<String, Object> article = Map.of("title", "عنوان " + payload, "language", "ar",
                "body", "قال المتحدث باسم الوزارة إن " + payload + " عدد الضحايا بلغ 12 شخصاً في المدينة. ("
                        + UUID.randomUUID() + ")",
                "outlet", "<b>outlet</b>");
        List<String> claims = ingestAndAwaitClaims(article);
        // a reviewer's notes carry the payload too: they are shown to the editor next to the other ratings
        Response lease = Platform.as("reviewer3").post("/api/v1/queues/all/lease");
        assertEquals(200, lease.statusCode(), lease.asString());
        String reviewed = lease.path("claim.id");
        Platform.as("reviewer3").contentType(ContentType.JSON).body(Map.of("ratings", Map.of("sourcing", 2,
                        "evidence", 2), "verdict", "UNVERIFIABLE", "notes", "ملاحظة " + payload))
                .post("/api/v1/claims/" + reviewed + "/reviews").then().statusCode(201);
        WebDriver web = browser();
        Browser.signIn(web, "/editor/claims/" + claims.get(0), "editor1");
        for (String page : List.of("/editor/claims/" + claims.get(0), "/editor/claims/" + reviewed)) {
            web.get(Browser.GATEWAY + page);
            Browser.await(web, By.id("claim-status"));
            JavascriptExecutor js = (JavascriptExecutor) web;
            assertEquals(null, js.executeScript("return window.__xss === undefined ? null : window.__xss;"), page);
            assertTrue(web.findElements(By.cssSelector("main img")).isEmpty(), "no element was injected: " + page);
        }
        assertTrue(web.findElements(By.cssSelector("#review-comparison td.notes")).stream()
                        .anyMatch(cell -> cell.getText().contains("<script>window.__xss=2</script>")),
                "the notes' markup is shown as text");
        web.get(Browser.GATEWAY + "/editor/claims/" + claims.get(0));
        assertTrue(web.findElement(By.tagName("h1")).getText().contains("<script>"), "the title is shown as text");
    }

    private static String checkedValue(WebDriver web, String name) {
        return web.findElements(By.cssSelector("input[name='" + name + "']")).stream()
                .filter(WebElement::isSelected).map(e -> e.getAttribute("value")).findFirst().orElse(null);
    }

    /** Submits an article as ingest1 and returns its claim ids once review-service has them. */
    private static List<String> ingestAndAwaitClaims(Map<String, Object> article) {
        String id = Platform.as("ingest1").contentType(ContentType.JSON).body(article).post("/api/v1/articles")
                .then().statusCode(202).extract().path("id");
        List<String> claimIds = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> Platform.as("ingest1").get("/api/v1/articles/" + id),
                        r -> "EXTRACTED".equals(r.path("status"))).path("claimIds");
        assertFalse(claimIds.isEmpty());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> Platform.as("editor1").queryParam("articleId", id).get("/api/v1/claims")
                        .path("total"), total -> ((Number) total).intValue() == claimIds.size());
        return claimIds;
    }

    /** A claim two reviewers disagree on: reviewer2 says TRUE, reviewer3 FALSE, on the claims they lease. */
    private static String disputedClaim() {
        ingestAndAwaitClaims(Articles.arabic());
        for (int attempt = 0; attempt < 6; attempt++) {
            List<String> disputed = Platform.as("editor1").queryParam("status", "DISPUTED").queryParam("size", 1)
                    .get("/api/v1/claims").path("items.id");
            if (!disputed.isEmpty()) {
                return disputed.get(0);
            }
            reviewLeased("reviewer2", "TRUE", 5);
            reviewLeased("reviewer3", "FALSE", 1);
        }
        throw new AssertionError("no claim became DISPUTED");
    }

    private static void reviewLeased(String reviewer, String verdict, int rating) {
        Response lease = Platform.as(reviewer).post("/api/v1/queues/all/lease");
        if (lease.statusCode() != 200) {
            return;
        }
        String claim = lease.path("claim.id");
        Platform.as(reviewer).contentType(ContentType.JSON)
                .body(Map.of("ratings", Map.of("sourcing", rating, "evidence", rating), "verdict", verdict))
                .post("/api/v1/claims/" + claim + "/reviews").then().statusCode(201);
    }
}
