package org.isnad.gateway.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The operation tag of the edge timer: the desk's calls by name, everything else by a bounded segment name. */
class ApiOperationNamesTest {

    @Test
    void theCallsADeskWaitsOnHaveTheirOwnNames() {
        assertEquals("queue.lease", ApiTimings.operation("queues/anonymous-sourcing/lease"));
        assertEquals("queue.lease", ApiTimings.operation("queues/all/lease/"));
        assertEquals("lease.release", ApiTimings.operation("leases/5f0c/release"));
        assertEquals("lease.renew", ApiTimings.operation("leases/5f0c/renew"));
        assertEquals("claim.review", ApiTimings.operation("claims/42/reviews"));
    }

    @Test
    void otherCallsAreNamedByTheirFirstSegment() {
        assertEquals("queues", ApiTimings.operation("queues"));
        assertEquals("queues", ApiTimings.operation("queues/all"));
        assertEquals("claims", ApiTimings.operation("claims/42/claimreview"));
        assertEquals("articles", ApiTimings.operation("articles/7"));
        assertEquals("leases", ApiTimings.operation("leases/5f0c/steal"));
    }

    @Test
    void unknownPathsShareOneNameSoCallersCannotGrowTheSeries() {
        assertEquals("other", ApiTimings.operation("nothing-here"));
        assertEquals("other", ApiTimings.operation("x" + System.nanoTime() + "/lease"));
        assertEquals("other", ApiTimings.operation(""));
    }

    @Test
    void outcomesAreStatusClasses() {
        assertEquals("2xx", ApiTimings.outcome(204));
        assertEquals("4xx", ApiTimings.outcome(401));
        assertEquals("5xx", ApiTimings.outcome(502));
        assertEquals("other", ApiTimings.outcome(0));
    }
}
