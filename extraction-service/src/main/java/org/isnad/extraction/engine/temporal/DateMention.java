package org.isnad.extraction.engine.temporal;

/**
 * A date or time expression. {@code text} equals {@code input.substring(start, end)}. {@code iso} is
 * {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} (Gregorian; Hijri dates are converted), or null when the
 * expression cannot be resolved (relative expression without an article date, Hijri month without a day,
 * vague ranges such as "الأيام الماضية"). {@code relative} is true for expressions anchored on the article
 * date (أمس، الأسبوع الماضي، يوم الأحد، قبل يومين...).
 */
public record DateMention(int start, int end, String text, String iso, boolean relative) {
}
