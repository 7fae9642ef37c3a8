package org.isnad.extraction.engine;

/**
 * Who made a claim. {@code source} is the speaker's text as written (resolved to the full name for
 * continuations), {@code outlet} the medium the speaker spoke to, {@code cue} the reporting verb or phrase.
 */
public record Attribution(SourceType sourceType, String source, String outlet, String cue) {
    public static final Attribution NONE = new Attribution(SourceType.UNATTRIBUTED, null, null, null);
}
