package org.isnad.gateway.service;

import org.isnad.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RouteTableTest {

    private final RouteTable routes = new RouteTable(new GatewayConfig() {
        @Override
        public String ingestionUrl() {
            return "http://ingestion:8081/";
        }

        @Override
        public String extractionUrl() {
            return "http://extraction:8082";
        }

        @Override
        public String reviewUrl() {
            return "http://review:8083";
        }

        @Override
        public Duration upstreamTimeout() {
            return Duration.ofSeconds(1);
        }
    });

    @Test
    void eachPartOfTheApiGoesToItsService() {
        assertEquals(Optional.of("http://ingestion:8081/api/v1/articles"), routes.target("articles"));
        assertEquals(Optional.of("http://ingestion:8081/api/v1/articles/batch"), routes.target("articles/batch"));
        assertEquals(Optional.of("http://extraction:8082/api/v1/extractions"), routes.target("/extractions"));
        assertEquals(Optional.of("http://review:8083/api/v1/queues/all/lease"), routes.target("queues/all/lease"));
        assertEquals(Optional.of("http://review:8083/api/v1/claims/1/reviews"), routes.target("claims/1/reviews"));
    }

    @Test
    void unknownPartsHaveNoRoute() {
        assertEquals(Optional.empty(), routes.target("admin/secrets"));
        assertEquals(Optional.empty(), routes.target("articlesx"));
        assertEquals(Optional.empty(), routes.target(""));
    }
}
