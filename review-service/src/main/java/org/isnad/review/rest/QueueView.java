package org.isnad.review.rest;

/** A queue with its depth: how many of its claims still need reviews. {@code title} is in the requested language. */
public record QueueView(String name, String title, String titleAr, String titleEn, long depth) {
}
