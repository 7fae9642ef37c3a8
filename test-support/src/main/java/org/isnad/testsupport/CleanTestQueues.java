package org.isnad.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Empties the test vhost's queues before a service starts under test, so that events other modules' tests
 * left behind (their outbox relays publish for real) never reach this module's consumers.
 */
public class CleanTestQueues implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (Rabbit rabbit = Rabbit.connect()) {
            rabbit.purgeAll();
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // nothing to undo: the next module purges again
    }
}
