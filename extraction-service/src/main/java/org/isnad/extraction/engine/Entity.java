package org.isnad.extraction.engine;

/**
 * An entity mention. {@code text} always equals {@code input.substring(start, end)}; {@code normalized} is a
 * canonical form (ISO date for DATE, number for QUANTITY, canonical spelling for names; may equal text).
 */
public record Entity(String text, EntityType type, int start, int end, String normalized) {
}
