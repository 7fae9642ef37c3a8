package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.Attribution;

/** A claim candidate in token indices of its paragraph; the pipeline turns it into a span. */
public record Drafts(int tokStart, int tokEnd, Attribution attribution) {
}
