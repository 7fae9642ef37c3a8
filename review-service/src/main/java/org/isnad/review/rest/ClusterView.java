package org.isnad.review.rest;

import java.util.List;
import java.util.UUID;

/**
 * The cluster of a claim, as its detail shows it: {@code size} counts every claim of the cluster, the claim
 * itself included; {@code siblings} are the others, oldest first, at most 20.
 */
public record ClusterView(UUID id, long size, List<ClusterMemberView> siblings) {
}
