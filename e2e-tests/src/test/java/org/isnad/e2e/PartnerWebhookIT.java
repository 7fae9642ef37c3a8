package org.isnad.e2e;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner tool end to end on the running platform: it registers a webhook with its client-credentials
 * token, an editor publishes a verdict, and the partner's receiver gets claim.verdict-published signed with
 * HMAC-SHA256 over the shared secret, while reviews (claim.reviewed, which name reviewers) never reach it.
 */
class PartnerWebhookIT {

    private final List<Delivery> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    record Delivery(String signature, String eventType, String body) {
    }

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void publishedVerdictReachesThePartnerSignedAndReviewsDoNot() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Delivery(exchange.getRequestHeaders().getFirst("Isnad-Signature"),
                    exchange.getRequestHeaders().getFirst("Isnad-Event-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        Response registered = Platform.asPartner().contentType(ContentType.JSON)
                .body(Map.of("url", url, "events", List.of("claim.verdict-published")))
                .post("/api/v1/webhooks");
        assertEquals(201, registered.statusCode(), registered.asString());
        String secret = registered.path("secret");
        String webhook = registered.path("id");

        String article = Platform.as("ingest1").contentType(ContentType.JSON).body(Articles.arabic())
                .post("/api/v1/articles").then().statusCode(202).extract().path("id");
        List<String> claims = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> Platform.as("ingest1").get("/api/v1/articles/" + article),
                        r -> "EXTRACTED".equals(r.path("status"))).path("claimIds");
        String claim = claims.get(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> Platform.as("editor1").get("/api/v1/claims/" + claim)
                .statusCode() == 200);
        Platform.as("editor1").contentType(ContentType.JSON)
                .body(Map.of("verdict", "FALSE", "explanation", "لا دليل على الأرقام المذكورة."))
                .post("/api/v1/claims/" + claim + "/verdict").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> received.stream().anyMatch(d -> d.body().contains(claim)));
        Delivery delivery = received.stream().filter(d -> d.body().contains(claim)).findFirst().orElseThrow();
        assertEquals("claim.verdict-published", delivery.eventType());
        assertTrue(verifies(secret, delivery.signature(), delivery.body()), "signature " + delivery.signature());
        assertTrue(received.stream().noneMatch(d -> d.eventType().contains("claim.reviewed")));
        assertFalse(delivery.body().contains("reviewer1"), "no reviewer is named to partners");

        // the receiver has the request before the gateway has its answer and records the delivery: wait for the record
        Response log = await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> Platform.asPartner().get("/api/v1/webhooks/" + webhook + "/deliveries"),
                        r -> r.statusCode() != 200 || r.<List<String>>path("items.status").contains("DELIVERED"));
        assertEquals(200, log.statusCode(), log.asString());
        List<String> statuses = log.path("items.status");
        assertTrue(statuses.contains("DELIVERED"), statuses.toString());
        Platform.asPartner().delete("/api/v1/webhooks/" + webhook).then().statusCode(204);
    }

    /** The documented scheme: t=<unix>,v1=hex(HMAC-SHA256(secret, "<t>.<body>")). */
    private static boolean verifies(String secret, String header, String body) {
        String timestamp = null;
        String signature = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                timestamp = part.substring(2);
            } else if (part.startsWith("v1=")) {
                signature = part.substring(3);
            }
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                    .getBytes(StandardCharsets.UTF_8)));
            return expected.equals(signature);
        } catch (Exception e) {
            return false;
        }
    }
}
