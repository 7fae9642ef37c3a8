package org.isnad.review;

import org.isnad.events.CloudEvent;
import org.isnad.events.EventType;
import org.isnad.events.v1.ArticleContextV1;
import org.isnad.events.v1.ClaimsExtractedV1;
import org.isnad.events.v1.ExtractionV1;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds claims.extracted events whose claim offsets really point into the article text. */
final class Articles {

    /** A claim to put in the article; {@code entity} (optional) must occur in {@code text}. */
    record Spec(String text, double checkworthiness, String sourceType, String entity) {
        static Spec of(String text, double checkworthiness) {
            return new Spec(text, checkworthiness, "NAMED_PERSON", null);
        }
    }

    private Articles() {
    }

    static ClaimsExtractedV1 build(UUID articleId, String title, String outlet, List<Spec> specs) {
        StringBuilder text = new StringBuilder("نشرت الصحيفة الخبر التالي صباح اليوم.\n\n");
        List<ExtractionV1.ClaimV1> claims = new ArrayList<>();
        List<ExtractionV1.EntityV1> entities = new ArrayList<>();
        for (Spec spec : specs) {
            int start = text.length();
            text.append(spec.text());
            int end = text.length();
            text.append(" ");
            List<Integer> refs = new ArrayList<>();
            if (spec.entity() != null) {
                int at = start + spec.text().indexOf(spec.entity());
                entities.add(new ExtractionV1.EntityV1(spec.entity(), "ORGANIZATION", at, at + spec.entity().length(),
                        spec.entity()));
                refs.add(entities.size() - 1);
            }
            claims.add(new ExtractionV1.ClaimV1(UUID.randomUUID(), spec.text(), start, end, spec.checkworthiness(),
                    Map.of("numbers", 0.5, "attribution", 0.3),
                    new ExtractionV1.AttributionV1(spec.sourceType(), "ANONYMOUS".equals(spec.sourceType()) ? null
                            : "المتحدث الرسمي", outlet, "قال"),
                    List.of(new ExtractionV1.QuantityV1("٥٪", 5.0, false, "%")), refs));
        }
        ArticleContextV1 context = new ArticleContextV1(title, text.toString(), "ar",
                "https://news.example/" + articleId, outlet, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1));
        ExtractionV1 extraction = new ExtractionV1("ar", "test-extractor/1", List.of(), claims, entities);
        return new ClaimsExtractedV1(articleId, context, extraction);
    }

    /** An article of {@code count} claims with checkworthiness spread from 0.2 to 0.9. */
    static ClaimsExtractedV1 many(UUID articleId, String outlet, int count) {
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            specs.add(Spec.of("قال المتحدث إن الإنتاج ارتفع بنسبة " + (i + 1) + " بالمئة في الربع الأول.",
                    0.2 + 0.7 * i / Math.max(1, count - 1)));
        }
        return build(articleId, "خبر اختبار " + articleId, outlet, specs);
    }

    static CloudEvent<ClaimsExtractedV1> event(ClaimsExtractedV1 data) {
        return CloudEvent.create(EventType.CLAIMS_EXTRACTED, "/isnad/extraction-service", data.articleId().toString(),
                data);
    }
}
