package org.isnad.gateway.partner;

import org.isnad.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signatures, secrets, URL policy, event names and backoff, without a running gateway. */
class WebhookRulesTest {

    @Test
    void signatureIsHmacSha256OfTimestampDotBodyAndVerifies() {
        String body = "{\"id\":\"e-1\",\"data\":{\"verdict\":\"FALSE\"}}";
        String header = WebhookSignature.header("s3cret", 1_700_000_000L, body);
        // computed independently with Python: hmac.new(b"s3cret", b"1700000000." + body, hashlib.sha256)
        assertEquals("t=1700000000,v1=29fce7cb24c3a1a80229b596e2c9bdc03df8e7df0a7d08242f8192c56bf377e4", header);
        assertTrue(WebhookSignature.verify("s3cret", header, body, 1_700_000_100L, 300));
        assertFalse(WebhookSignature.verify("other", header, body, 1_700_000_100L, 300), "wrong secret");
        assertFalse(WebhookSignature.verify("s3cret", header, body + " ", 1_700_000_100L, 300), "changed body");
        assertFalse(WebhookSignature.verify("s3cret", header, body, 1_700_001_000L, 300), "too old");
        assertFalse(WebhookSignature.verify("s3cret", "v1=abc", body, 1_700_000_000L, 300), "no timestamp");
    }

    @Test
    void knownHmacVector() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.hmac("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void secretsAre32RandomBytesBase64Url() {
        String secret = WebhookSignature.newSecret();
        assertEquals(43, secret.length());
        assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
        assertTrue(secret.matches("[A-Za-z0-9_-]+"));
        assertNotEquals(secret, WebhookSignature.newSecret());
    }

    @Test
    void urlsMustBeAbsoluteHttpOrHttps() {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(true);
        assertTrue(policy.problem("https://partner.example/hooks/isnad").isEmpty());
        assertTrue(policy.problem("http://127.0.0.1:9000/hook").isEmpty());
        for (String bad : List.of("", "/relative/hook", "ftp://partner.example/x", "javascript:alert(1)",
                "file:///etc/passwd", "https://user:pass@partner.example/x", "https://partner.example/x#frag",
                "http:///nohost", "https://partner.example/" + "x".repeat(2001), "ht tp://bad")) {
            assertTrue(policy.problem(bad).isPresent(), bad);
        }
        assertTrue(policy.problem(null).isPresent());
    }

    @Test
    void internalAddressesAreRefusedUnlessAllowed() throws Exception {
        WebhookUrlPolicy strict = new WebhookUrlPolicy(false);
        for (String url : List.of("http://127.0.0.1:8083/api/v1/claims", "http://localhost/x", "http://10.0.0.5/x",
                "http://192.168.1.1/x", "http://169.254.169.254/latest/meta-data", "http://[::1]/x",
                "http://100.64.0.1/x", "http://0.0.0.0/x", "http://[fd00::1]/x")) {
            assertTrue(strict.problem(url).isPresent(), url);
        }
        assertFalse(WebhookUrlPolicy.internal(InetAddress.getByName("93.184.216.34")));
        assertTrue(new WebhookUrlPolicy(true).problem("http://10.0.0.5/x").isEmpty());
    }

    @Test
    void onlyVerdictPublishedIsDeliverable() {
        assertEquals(List.of("claim.verdict-published"),
                WebhookService.events(List.of("claim.verdict-published", "claim.verdict-published")));
        ProblemException reviewed = assertThrows(ProblemException.class,
                () -> WebhookService.events(List.of("claim.verdict-published", "claim.reviewed")));
        assertEquals(400, reviewed.status());
        assertTrue(reviewed.getMessage().contains("never delivered to partners"));
        assertEquals(400, assertThrows(ProblemException.class, () -> WebhookService.events(List.of())).status());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> WebhookService.events(List.of("article.ingested"))).status());
        assertEquals(400, assertThrows(ProblemException.class, () -> WebhookService.events(null)).status());
    }

    @Test
    void backoffDoublesWithJitterUpToTheCap() {
        SplittableRandom random = new SplittableRandom(7);
        Duration initial = Duration.ofSeconds(10);
        Duration max = Duration.ofMinutes(5);
        for (int i = 0; i < 200; i++) {
            long first = Backoff.after(1, initial, max, random).toMillis();
            assertTrue(first >= 5_000 && first <= 10_000, "attempt 1: " + first);
            long third = Backoff.after(3, initial, max, random).toMillis();
            assertTrue(third >= 20_000 && third <= 40_000, "attempt 3: " + third);
            long late = Backoff.after(30, initial, max, random).toMillis();
            assertTrue(late >= 150_000 && late <= 300_000, "attempt 30 is capped: " + late);
        }
    }
}
