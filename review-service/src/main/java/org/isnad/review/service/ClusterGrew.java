package org.isnad.review.service;

import java.util.UUID;

/** A claim joined (or founded) a cluster in the current transaction: members' cluster sizes are due a refresh. */
public record ClusterGrew(UUID clusterId) {
}
