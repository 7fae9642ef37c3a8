package org.isnad.review.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.isnad.review.config.ReviewConfig;
import org.isnad.review.repository.Article;
import org.isnad.review.repository.Claim;
import org.isnad.review.repository.PublishedVerdict;
import org.isnad.review.repository.Verdict;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A published verdict as schema.org {@code ClaimReview} JSON-LD, with the fields Google's fact-check markup
 * guidance requires and recommends, plus where the claim sits in its article as W3C Web Annotation selectors.
 *
 * <p>{@code reviewRating}: {@code ratingValue} on a 1 (worst) to 5 (best) scale, FALSE 1, MOSTLY_FALSE 2,
 * MISLEADING 2, MOSTLY_TRUE 4, TRUE 5. UNVERIFIABLE and OPINION are not points on a truth scale: they have no
 * {@code ratingValue}, only {@code alternateName}. {@code alternateName} is the verdict's label in the claim's
 * language: Arabic for Arabic claims (and claims of unknown language, the desk's default), English otherwise.
 *
 * <p>{@code itemReviewed.author}: a NAMED_PERSON source is a {@code Person}; OFFICIAL and OUTLET sources are an
 * {@code Organization}; ANONYMOUS and UNATTRIBUTED claims (and any claim without a source name) are attributed to
 * the outlet that carried them, as an {@code Organization}; without an outlet there is no author.
 *
 * <p>{@code isnad:selector} ({@code https://isnad.org/ns#selector}): a {@code TextQuoteSelector} (the claim text,
 * up to 32 characters either side) and a {@code TextPositionSelector} ({@code start}/{@code end} counted in
 * Unicode code points, as the Web Annotation model counts them) into the article text as Isnad stored it (left
 * out if that text no longer holds the claim at its offsets). Their
 * terms are mapped to the Web Annotation vocabulary ({@code oa:}) in {@code @context}.
 */
@ApplicationScoped
public class ClaimReviewMapper {

    public static final String MEDIA_TYPE = "application/ld+json";
    static final int CONTEXT_CHARS = 32;

    private static final Map<String, Object> CONTEXT = context();

    private final String publicBaseUrl;
    private final String publisherName;

    @Inject
    public ClaimReviewMapper(ReviewConfig config) {
        this(config.publicBaseUrl(), config.publisherName());
    }

    public ClaimReviewMapper(String publicBaseUrl, String publisherName) {
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
        this.publisherName = publisherName;
    }

    public Map<String, Object> toClaimReview(Claim claim, Article article, PublishedVerdict verdict) {
        String language = language(claim, article);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", List.of("https://schema.org", CONTEXT));
        review.put("@type", "ClaimReview");
        review.put("url", publicBaseUrl + "/" + claim.id);
        review.put("claimReviewed", claim.text);
        review.put("author", organization(publisherName));
        review.put("datePublished", date(verdict.firstPublishedAt));
        if (verdict.publishedAt.isAfter(verdict.firstPublishedAt)) {
            review.put("dateModified", date(verdict.publishedAt));
        }
        review.put("inLanguage", language);
        review.put("reviewRating", rating(verdict.verdict, language));
        review.put("itemReviewed", itemReviewed(claim, article));
        review.put("reviewBody", verdict.explanation);
        if (claimIsInText(claim, article)) { // a later event may have changed the article's text
            review.put("isnad:selector", selectors(claim, article));
        }
        return review;
    }

    /** The 1–5 rating of a verdict; null for UNVERIFIABLE and OPINION, which are not on the scale. */
    public static Integer ratingValue(Verdict verdict) {
        return switch (verdict) {
            case FALSE -> 1;
            case MOSTLY_FALSE, MISLEADING -> 2;
            case MOSTLY_TRUE -> 4;
            case TRUE -> 5;
            case UNVERIFIABLE, OPINION -> null;
        };
    }

    /** The verdict's human label: Arabic unless {@code language} is another language. */
    public static String label(Verdict verdict, String language) {
        boolean arabic = language == null || language.toLowerCase(Locale.ROOT).startsWith("ar");
        return switch (verdict) {
            case TRUE -> arabic ? "صحيح" : "True";
            case MOSTLY_TRUE -> arabic ? "صحيح في معظمه" : "Mostly true";
            case MISLEADING -> arabic ? "مضلل" : "Misleading";
            case MOSTLY_FALSE -> arabic ? "خاطئ في معظمه" : "Mostly false";
            case FALSE -> arabic ? "خاطئ" : "False";
            case UNVERIFIABLE -> arabic ? "لا يمكن التحقق منه" : "Unverifiable";
            case OPINION -> arabic ? "رأي" : "Opinion";
        };
    }

    private static Map<String, Object> rating(Verdict verdict, String language) {
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        Integer value = ratingValue(verdict);
        if (value != null) {
            rating.put("ratingValue", value);
        }
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", label(verdict, language));
        return rating;
    }

    private static Map<String, Object> itemReviewed(Claim claim, Article article) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        Map<String, Object> author = claimAuthor(claim, article);
        if (author != null) {
            item.put("author", author);
        }
        if (article.publishedAt != null) {
            item.put("datePublished", date(article.publishedAt));
        }
        Map<String, Object> appearance = appearance(article);
        item.put("appearance", List.of(appearance));
        item.put("firstAppearance", appearance);
        return item;
    }

    private static Map<String, Object> claimAuthor(Claim claim, Article article) {
        String outlet = firstNonBlank(claim.outlet, article.outlet);
        String source = firstNonBlank(claim.source);
        return switch (claim.sourceType) {
            case NAMED_PERSON -> source != null ? person(source) : organizationOrNull(outlet);
            case OFFICIAL, OUTLET -> organizationOrNull(source != null ? source : outlet);
            case ANONYMOUS, UNATTRIBUTED -> organizationOrNull(outlet);
        };
    }

    private static Map<String, Object> appearance(Article article) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", "CreativeWork");
        if (article.url != null) {
            work.put("url", article.url);
        }
        work.put("headline", article.title);
        if (article.publishedAt != null) {
            work.put("datePublished", date(article.publishedAt));
        }
        if (firstNonBlank(article.outlet) != null) {
            work.put("publisher", organization(article.outlet.strip()));
        }
        return work;
    }

    private static boolean claimIsInText(Claim claim, Article article) {
        return article.text != null && claim.startOffset >= 0 && claim.startOffset <= claim.endOffset
                && claim.endOffset <= article.text.length()
                && article.text.substring(claim.startOffset, claim.endOffset).equals(claim.text);
    }

    private static List<Map<String, Object>> selectors(Claim claim, Article article) {
        String text = article.text;
        int start = claim.startOffset;
        int end = claim.endOffset;
        int from = Math.max(0, start - CONTEXT_CHARS);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++; // never cut a surrogate pair in half
        }
        int to = Math.min(text.length(), end + CONTEXT_CHARS);
        if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--;
        }
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("@type", "TextQuoteSelector");
        quote.put("exact", text.substring(start, end));
        quote.put("prefix", text.substring(from, start));
        quote.put("suffix", text.substring(end, to));
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("@type", "TextPositionSelector");
        position.put("start", text.codePointCount(0, start));
        position.put("end", text.codePointCount(0, end));
        return List.of(quote, position);
    }

    private static String language(Claim claim, Article article) {
        String language = firstNonBlank(claim.language, article.language);
        return language == null ? "ar" : language;
    }

    private static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("isnad", "https://isnad.org/ns#");
        context.put("oa", "http://www.w3.org/ns/oa#");
        context.put("TextQuoteSelector", "oa:TextQuoteSelector");
        context.put("TextPositionSelector", "oa:TextPositionSelector");
        context.put("exact", "oa:exact");
        context.put("prefix", "oa:prefix");
        context.put("suffix", "oa:suffix");
        context.put("start", "oa:start");
        context.put("end", "oa:end");
        return Collections.unmodifiableMap(context);
    }

    private static Map<String, Object> person(String name) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", name);
        return person;
    }

    private static Map<String, Object> organization(String name) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", name);
        return organization;
    }

    private static Map<String, Object> organizationOrNull(String name) {
        return name == null ? null : organization(name);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String date(OffsetDateTime at) {
        return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
