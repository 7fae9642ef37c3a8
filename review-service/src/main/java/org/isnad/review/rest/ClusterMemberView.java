package org.isnad.review.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A claim of a cluster: its text, its article's outlet and publication time, and its status now. */
public record ClusterMemberView(UUID id, String text, String outlet, OffsetDateTime publishedAt, String status) {
}
