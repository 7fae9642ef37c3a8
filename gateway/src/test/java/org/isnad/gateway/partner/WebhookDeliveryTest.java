package org.isnad.gateway.partner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.isnad.events.CloudEvent;
import org.isnad.events.EventCodec;
import org.isnad.events.EventType;
import org.isnad.events.v1.ClaimReviewedV1;
import org.isnad.events.v1.ClaimVerdictPublishedV1;
import org.isnad.testsupport.Keycloak;
import org.isnad.testsupport.Rabbit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Events from RabbitMQ to a partner's HTTP endpoint: signed, retried with backoff, logged, never duplicated, and
 * never a claim.reviewed. The test profile retries 3 times, 200 ms to 1 s apart.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static WebhookReceiver receiver;

    @Inject
    WebhookDispatcher dispatcher;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    private record Hook(String id, String secret) {
    }

    private static Hook register(String path) {
        JsonPath created = given().header("Authorization", "Bearer " + Keycloak.partnerToken())
                .contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(path), "events", List.of("claim.verdict-published")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        return new Hook(created.getString("id"), created.getString("secret"));
    }

    private static CloudEvent<ClaimVerdictPublishedV1> verdict() {
        return CloudEvent.create(EventType.CLAIM_VERDICT_PUBLISHED, "/isnad/review", UUID.randomUUID().toString(),
                new ClaimVerdictPublishedV1(UUID.randomUUID(), UUID.randomUUID(), "FALSE", "لا دليل على ذلك",
                        "No evidence", "editor1", OffsetDateTime.now(ZoneOffset.UTC)));
    }

    private static void publish(CloudEvent<?> event) {
        try (Rabbit rabbit = Rabbit.connect()) {
            rabbit.publish(event.eventType().routingKey(), EventCodec.encode(event));
        }
    }

    private static JsonPath deliveries(Hook hook) {
        return given().header("Authorization", "Bearer " + Keycloak.partnerToken())
                .get("/api/v1/webhooks/" + hook.id() + "/deliveries").then().statusCode(200).extract().jsonPath();
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        fail("timed out waiting for " + what);
    }

    @Test
    void aPublishedVerdictIsPostedSignedWithoutTheEditorsName() {
        Hook hook = register("/ok/signed");
        CloudEvent<ClaimVerdictPublishedV1> event = verdict();
        publish(event);
        await("the delivery", () -> !receiver.at("/ok/signed").isEmpty());

        WebhookReceiver.Received got = receiver.at("/ok/signed").get(0);
        long now = System.currentTimeMillis() / 1000;
        assertTrue(WebhookSignature.verify(hook.secret(), got.header("Isnad-Signature"), got.body(), now, 300),
                "signature " + got.header("Isnad-Signature"));
        assertFalse(WebhookSignature.verify("wrong-secret", got.header("Isnad-Signature"), got.body(), now, 300));
        assertEquals(event.id(), got.header("Isnad-Event-Id"));
        assertEquals("claim.verdict-published", got.header("Isnad-Event-Type"));
        assertTrue(got.header("Content-Type").startsWith("application/cloudevents+json"));
        JsonPath body = JsonPath.from(got.body());
        assertEquals(event.id(), body.getString("id"));
        assertEquals("org.isnad.claim.verdict-published.v1", body.getString("type"));
        assertEquals("FALSE", body.getString("data.verdict"));
        assertEquals(event.data().claimId().toString(), body.getString("data.claimId"));
        assertNull(body.get("data.editor"), "the editor is not named to partners");

        await("the log entry", () -> "DELIVERED".equals(deliveries(hook).getString("items[0].status")));
        JsonPath log = deliveries(hook);
        assertEquals(1, log.getInt("total"));
        assertEquals(event.id(), log.getString("items[0].eventId"));
        assertEquals("claim.verdict-published", log.getString("items[0].eventType"));
        assertEquals(1, log.getInt("items[0].attempts"));
        assertEquals(204, log.getInt("items[0].lastStatusCode"));
        assertNotNull(log.getString("items[0].deliveredAt"));
    }

    @Test
    void aRedeliveredEventIsDeliveredOnce() throws Exception {
        Hook hook = register("/ok/once");
        CloudEvent<ClaimVerdictPublishedV1> event = verdict();
        publish(event);
        publish(event);
        publish(event);
        CloudEvent<ClaimVerdictPublishedV1> marker = verdict();
        publish(marker); // same queue, after the copies: once it is delivered, the copies have been handled
        await("the marker", () -> receiver.at("/ok/once").stream()
                .anyMatch(r -> marker.id().equals(r.header("Isnad-Event-Id"))));
        Thread.sleep(500);
        assertEquals(1, receiver.at("/ok/once").stream().filter(r -> event.id().equals(r.header("Isnad-Event-Id"))).count());
        assertEquals(2, deliveries(hook).getInt("total"));
    }

    @Test
    void claimReviewedIsNeverDeliveredToPartners() throws Exception {
        Hook hook = register("/ok/reviewed");
        CloudEvent<ClaimReviewedV1> reviewed = CloudEvent.create(EventType.CLAIM_REVIEWED, "/isnad/review",
                UUID.randomUUID().toString(), new ClaimReviewedV1(UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), "reviewer1", Map.of("sourcing", 2, "evidence", 1), "FALSE",
                        OffsetDateTime.now(ZoneOffset.UTC)));
        publish(reviewed);
        CloudEvent<ClaimVerdictPublishedV1> marker = verdict();
        publish(marker);
        await("the marker", () -> receiver.at("/ok/reviewed").stream()
                .anyMatch(r -> marker.id().equals(r.header("Isnad-Event-Id"))));
        Thread.sleep(500);
        for (WebhookReceiver.Received got : receiver.received) {
            assertFalse(reviewed.id().equals(got.header("Isnad-Event-Id")), "claim.reviewed reached " + got.path());
            assertFalse(got.body().contains("reviewer1"), "a reviewer's name reached " + got.path());
            assertTrue(Set.of("claim.verdict-published", "webhook.ping").contains(got.header("Isnad-Event-Type")),
                    got.header("Isnad-Event-Type"));
        }
        JsonPath log = deliveries(hook);
        assertEquals(1, log.getInt("total"));
        assertEquals(marker.id(), log.getString("items[0].eventId"));
        try (Rabbit rabbit = Rabbit.connect()) {
            assertEquals(0, rabbit.count("gateway.webhooks.dlq"), "claim.reviewed is acknowledged, not dead-lettered");
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffThenMarkedFailed() {
        Hook hook = register("/fail/always");
        CloudEvent<ClaimVerdictPublishedV1> event = verdict();
        publish(event);
        await("the final failure", () -> "FAILED".equals(deliveries(hook).getString("items[0].status")));
        JsonPath log = deliveries(hook);
        assertEquals(event.id(), log.getString("items[0].eventId"));
        assertEquals(3, log.getInt("items[0].attempts"));
        assertEquals(500, log.getInt("items[0].lastStatusCode"));
        assertEquals("HTTP 500", log.getString("items[0].lastError"));
        assertNull(log.get("items[0].nextAttemptAt"));
        assertNull(log.get("items[0].deliveredAt"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("isnad_webhooks_attempts_total{outcome=\"retry\""), "retry metric");
        assertTrue(metrics.contains("isnad_webhooks_attempts_total{outcome=\"failed\""), "failed metric");
        List<WebhookReceiver.Received> attempts = receiver.at("/fail/always");
        assertEquals(3, attempts.size());
        assertEquals(List.of("1", "2", "3"), attempts.stream().map(r -> r.header("Isnad-Delivery-Attempt")).toList());
        assertTrue(attempts.stream().allMatch(r -> event.id().equals(r.header("Isnad-Event-Id"))));
    }

    @Test
    void anUnreachableReceiverIsLoggedWithItsError() {
        JsonPath created = given().header("Authorization", "Bearer " + Keycloak.partnerToken())
                .contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/unreachable", "events", List.of("claim.verdict-published")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        Hook dead = new Hook(created.getString("id"), created.getString("secret"));
        given().header("Authorization", "Bearer " + Keycloak.partnerToken()).post("/api/v1/webhooks/" + dead.id() + "/test")
                .then().statusCode(202);
        await("the final failure", () -> "FAILED".equals(deliveries(dead).getString("items[0].status")));
        JsonPath log = deliveries(dead);
        assertEquals("webhook.ping", log.getString("items[0].eventType"));
        assertNull(log.get("items[0].lastStatusCode"));
        assertTrue(log.getString("items[0].lastError").startsWith("connection refused"), log.getString("items[0].lastError"));
    }

    @Test
    void aTestPingIsSignedLikeAnyEvent() {
        Hook hook = register("/ok/ping");
        String eventId = given().header("Authorization", "Bearer " + Keycloak.partnerToken())
                .post("/api/v1/webhooks/" + hook.id() + "/test").then().statusCode(202).extract().path("eventId");
        await("the ping", () -> !receiver.at("/ok/ping").isEmpty());
        WebhookReceiver.Received got = receiver.at("/ok/ping").get(0);
        assertEquals(eventId, got.header("Isnad-Event-Id"));
        assertEquals("webhook.ping", got.header("Isnad-Event-Type"));
        assertTrue(WebhookSignature.verify(hook.secret(), got.header("Isnad-Signature"), got.body(),
                System.currentTimeMillis() / 1000, 300));
    }

    @Test
    void concurrentWorkersNeverSendTheSameDeliveryTwice() throws Exception {
        register("/ok/concurrent");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            CloudEvent<ClaimVerdictPublishedV1> event = verdict();
            ids.add(event.id());
            publish(event);
        }
        // three extra workers race the scheduled one (as three more gateway instances would)
        ExecutorService workers = Executors.newFixedThreadPool(3);
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && receiver.at("/ok/concurrent").size() < ids.size()) {
                List<Future<Integer>> passes = List.of(workers.submit(dispatcher::dispatchBatch),
                        workers.submit(dispatcher::dispatchBatch), workers.submit(dispatcher::dispatchBatch));
                for (Future<Integer> pass : passes) {
                    pass.get();
                }
            }
        } finally {
            workers.shutdownNow();
        }
        Thread.sleep(500);
        List<String> sent = receiver.at("/ok/concurrent").stream().map(r -> r.header("Isnad-Event-Id")).toList();
        assertEquals(ids, new HashSet<>(sent));
        assertEquals(ids.size(), sent.size(), "some delivery was sent twice");
    }
}
