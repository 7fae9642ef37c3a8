package org.isnad.review.rest;

import java.util.List;
import java.util.UUID;

/** A verdict published for every claim of a cluster: the stored verdict of each. */
public record ClusterVerdictView(UUID clusterId, String verdict, List<VerdictView> claims) {
}
