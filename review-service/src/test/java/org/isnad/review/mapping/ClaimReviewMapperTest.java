package org.isnad.review.mapping;

import org.isnad.review.repository.Article;
import org.isnad.review.repository.Claim;
import org.isnad.review.repository.PublishedVerdict;
import org.isnad.review.repository.SourceType;
import org.isnad.review.repository.Verdict;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ClaimReview mapping on its own: ratings, labels, authors, appearances and selectors. */
class ClaimReviewMapperTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final String BEFORE = "أعلنت الوزارة في بيان صحفي مطول صدر مساء أمس أن ";
    private static final String CLAIM = "البطالة انخفضت إلى ٥٪ خلال العام الماضي";
    private static final String AFTER = " وهو أدنى مستوى منذ عشر سنوات بحسب البيان.";

    private final ClaimReviewMapper mapper = new ClaimReviewMapper("https://desk.example/claims/", "مرصد إسناد");

    @Test
    void ratingsAndLabelsFollowTheDocumentedMapping() {
        assertEquals(1, ClaimReviewMapper.ratingValue(Verdict.FALSE));
        assertEquals(2, ClaimReviewMapper.ratingValue(Verdict.MOSTLY_FALSE));
        assertEquals(2, ClaimReviewMapper.ratingValue(Verdict.MISLEADING));
        assertEquals(4, ClaimReviewMapper.ratingValue(Verdict.MOSTLY_TRUE));
        assertEquals(5, ClaimReviewMapper.ratingValue(Verdict.TRUE));
        assertNull(ClaimReviewMapper.ratingValue(Verdict.UNVERIFIABLE));
        assertNull(ClaimReviewMapper.ratingValue(Verdict.OPINION));
        assertEquals("مضلل", ClaimReviewMapper.label(Verdict.MISLEADING, "ar"));
        assertEquals("خاطئ", ClaimReviewMapper.label(Verdict.FALSE, "ar"));
        assertEquals("صحيح", ClaimReviewMapper.label(Verdict.TRUE, null));
        assertEquals("Mostly false", ClaimReviewMapper.label(Verdict.MOSTLY_FALSE, "en"));
        for (Verdict verdict : Verdict.values()) {
            assertFalse(ClaimReviewMapper.label(verdict, "ar").isBlank());
            assertFalse(ClaimReviewMapper.label(verdict, "en").isBlank());
        }
    }

    @Test
    void anArabicClaimReviewHasEveryRequiredAndRecommendedField() {
        Article article = article(BEFORE + CLAIM + AFTER);
        Claim claim = claim(article, SourceType.NAMED_PERSON, "وزير العمل");
        Map<String, Object> review = mapper.toClaimReview(claim, article, verdict(claim, Verdict.MISLEADING));

        assertEquals(List.of("https://schema.org", "https://isnad.org/ns#"),
                List.of(((List<?>) review.get("@context")).get(0),
                        ((Map<?, ?>) ((List<?>) review.get("@context")).get(1)).get("isnad")));
        assertEquals("ClaimReview", review.get("@type"));
        assertEquals("https://desk.example/claims/" + claim.id, review.get("url"));
        assertEquals(CLAIM, review.get("claimReviewed"));
        assertEquals(Map.of("@type", "Organization", "name", "مرصد إسناد"), review.get("author"));
        assertEquals("2026-03-01T09:30:00Z", review.get("datePublished"));
        assertFalse(review.containsKey("dateModified"));
        assertEquals("ar", review.get("inLanguage"));
        assertEquals(Map.of("@type", "Rating", "ratingValue", 2, "bestRating", 5, "worstRating", 1,
                "alternateName", "مضلل"), review.get("reviewRating"));

        Map<?, ?> item = (Map<?, ?>) review.get("itemReviewed");
        assertEquals("Claim", item.get("@type"));
        assertEquals(Map.of("@type", "Person", "name", "وزير العمل"), item.get("author"));
        assertEquals("2026-02-28T18:00:00Z", item.get("datePublished"));
        Map<?, ?> appearance = (Map<?, ?>) item.get("firstAppearance");
        assertEquals("CreativeWork", appearance.get("@type"));
        assertEquals("https://news.example/a1", appearance.get("url"));
        assertEquals("بيان الوزارة", appearance.get("headline"));
        assertEquals(Map.of("@type", "Organization", "name", "الجريدة"), appearance.get("publisher"));
        assertEquals(List.of(appearance), item.get("appearance"));

        List<?> selectors = (List<?>) review.get("isnad:selector");
        Map<?, ?> quote = (Map<?, ?>) selectors.get(0);
        assertEquals("TextQuoteSelector", quote.get("@type"));
        assertEquals(CLAIM, quote.get("exact"));
        assertEquals(BEFORE.substring(BEFORE.length() - 32), quote.get("prefix"));
        assertEquals(AFTER.substring(0, 32), quote.get("suffix"));
        assertEquals(Map.of("@type", "TextPositionSelector", "start", BEFORE.length(),
                "end", BEFORE.length() + CLAIM.length()), selectors.get(1));
    }

    @Test
    void unverifiableHasNoRatingValueAndEnglishClaimsGetEnglishLabels() {
        Article article = article("Officials said " + "unemployment fell to 5%" + ".");
        article.language = "en";
        Claim claim = claim(article, SourceType.OFFICIAL, "the ministry");
        claim.startOffset = "Officials said ".length();
        claim.endOffset = claim.startOffset + "unemployment fell to 5%".length();
        claim.text = "unemployment fell to 5%";
        claim.language = "en";
        PublishedVerdict verdict = verdict(claim, Verdict.UNVERIFIABLE);
        verdict.publishedAt = PUBLISHED.plusDays(1);
        Map<String, Object> review = mapper.toClaimReview(claim, article, verdict);

        Map<?, ?> rating = (Map<?, ?>) review.get("reviewRating");
        assertFalse(rating.containsKey("ratingValue"));
        assertEquals("Unverifiable", rating.get("alternateName"));
        assertEquals("en", review.get("inLanguage"));
        assertEquals("2026-03-02T09:30:00Z", review.get("dateModified"));
        assertEquals(Map.of("@type", "Organization", "name", "the ministry"),
                ((Map<?, ?>) review.get("itemReviewed")).get("author"));
        Map<?, ?> quote = (Map<?, ?>) ((List<?>) review.get("isnad:selector")).get(0);
        assertEquals("Officials said ", quote.get("prefix"));
        assertEquals(".", quote.get("suffix"));
    }

    @Test
    void unattributedClaimsAreTheOutletsAndSelectorsCountCodePoints() {
        String before = "😀 خبر: ";
        Article article = article(before + CLAIM);
        article.publishedAt = null;
        article.url = null;
        Claim claim = claim(article, SourceType.UNATTRIBUTED, null);
        claim.startOffset = before.length();
        claim.endOffset = before.length() + CLAIM.length();
        claim.outlet = null;
        Map<String, Object> review = mapper.toClaimReview(claim, article, verdict(claim, Verdict.TRUE));

        Map<?, ?> item = (Map<?, ?>) review.get("itemReviewed");
        assertEquals(Map.of("@type", "Organization", "name", "الجريدة"), item.get("author"));
        assertFalse(item.containsKey("datePublished"));
        assertFalse(((Map<?, ?>) item.get("firstAppearance")).containsKey("url"));
        Map<?, ?> position = (Map<?, ?>) ((List<?>) review.get("isnad:selector")).get(1);
        assertEquals(before.length() - 1, position.get("start")); // the emoji is two UTF-16 units, one code point
        assertEquals("", ((Map<?, ?>) ((List<?>) review.get("isnad:selector")).get(0)).get("suffix"));
        assertEquals(5, ((Map<?, ?>) review.get("reviewRating")).get("ratingValue"));

        // an article text that no longer holds the claim at its offsets gets no selector
        article.text = "نص آخر";
        assertTrue(!mapper.toClaimReview(claim, article, verdict(claim, Verdict.TRUE)).containsKey("isnad:selector"));
    }

    private static Article article(String text) {
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.title = "بيان الوزارة";
        article.text = text;
        article.url = "https://news.example/a1";
        article.outlet = "الجريدة";
        article.language = "ar";
        article.publishedAt = OffsetDateTime.of(2026, 2, 28, 18, 0, 0, 0, ZoneOffset.UTC);
        return article;
    }

    private static Claim claim(Article article, SourceType sourceType, String source) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.articleId = article.id;
        claim.text = CLAIM;
        claim.startOffset = BEFORE.length();
        claim.endOffset = BEFORE.length() + CLAIM.length();
        claim.sourceType = sourceType;
        claim.source = source;
        claim.outlet = article.outlet;
        claim.language = "ar";
        return claim;
    }

    private static PublishedVerdict verdict(Claim claim, Verdict value) {
        PublishedVerdict verdict = new PublishedVerdict();
        verdict.claimId = claim.id;
        verdict.verdict = value;
        verdict.explanation = "شرح";
        verdict.editor = "editor1";
        verdict.publishedAt = PUBLISHED;
        verdict.firstPublishedAt = PUBLISHED;
        return verdict;
    }
}
