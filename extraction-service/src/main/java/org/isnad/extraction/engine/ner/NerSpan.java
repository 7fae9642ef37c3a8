package org.isnad.extraction.engine.ner;

/**
 * A named-entity span over the tokens of one sentence.
 *
 * @param startToken  index of the first token
 * @param endToken    index after the last token (exclusive)
 * @param type        PERS, LOC, ORG or MISC (ANERcorp types)
 * @param probability model probability of exactly this span (forward-backward over the tempered sequence scores)
 */
public record NerSpan(int startToken, int endToken, String type, double probability) {
    public NerSpan {
        if (startToken < 0 || endToken <= startToken) {
            throw new IllegalArgumentException("bad token range [" + startToken + "," + endToken + ")");
        }
    }
}
