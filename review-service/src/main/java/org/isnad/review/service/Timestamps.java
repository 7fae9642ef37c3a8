package org.isnad.review.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The current instant at PostgreSQL's precision, so a timestamp read back compares equal to the one written. */
final class Timestamps {

    private Timestamps() {
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
