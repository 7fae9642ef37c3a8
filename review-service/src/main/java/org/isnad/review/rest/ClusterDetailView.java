package org.isnad.review.rest;

import java.util.List;
import java.util.UUID;

/** A cluster: claims that say the same thing, oldest first (at most 200 listed; {@code size} counts all). */
public record ClusterDetailView(UUID id, long size, List<ClusterMemberView> claims) {
}
