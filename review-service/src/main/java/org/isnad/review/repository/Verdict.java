package org.isnad.review.repository;

/** A reviewer's suggested verdict (and later the editor's published one). */
public enum Verdict {
    TRUE, MOSTLY_TRUE, MISLEADING, MOSTLY_FALSE, FALSE, UNVERIFIABLE, OPINION;

    /** The values as a regular expression alternation, for request validation. */
    public static final String PATTERN = "TRUE|MOSTLY_TRUE|MISLEADING|MOSTLY_FALSE|FALSE|UNVERIFIABLE|OPINION";
}
