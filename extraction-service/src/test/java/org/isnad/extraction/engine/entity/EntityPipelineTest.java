package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.ExtractionRequest;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.IsnadExtractionEngine;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

class EntityPipelineTest {
    private static final String TEXT = "عنوان\nوقال وزير الخارجية العراقي فؤاد حسين، يوم الأحد 12 أيار/مايو 2024، إن "
            + "بغداد تلقت 3 مليارات دولار من البنك الدولي لإعادة إعمار الموصل.";

    @Test
    void allFiveTypesAreMergedWithoutOverlapAndReferencedByTheClaim() {
        ExtractionResult r = TestSupport.run(TEXT);
        List<EntityType> types = r.entities().stream().map(Entity::type).toList();
        for (EntityType t : EntityType.values()) {
            assertTrue(types.contains(t), t + " missing in " + r.entities());
        }
        Claim c = TestSupport.claimContaining(r, "تلقت");
        assertFalse(c.entityRefs().isEmpty());
        assertEquals(1, c.quantities().size());
        assertEquals(3e9, c.quantities().get(0).value(), 1);
        assertTrue(c.entityRefs().stream().map(i -> r.entities().get(i).text()).toList().contains("الموصل"));
    }

    @Test
    void nerAdapterMapsAnercorpLabelsAndDropsMisc() {
        List<List<String>> seen = new ArrayList<>();
        TokenTaggerFinder ner = new TokenTaggerFinder(toks -> {
            seen.add(toks);
            List<TokenTaggerFinder.Tag> out = new ArrayList<>();
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).equals("حسين")) {
                    out.add(new TokenTaggerFinder.Tag(i - 1, i + 1, "PERS"));
                }
                if (toks.get(i).equals("الدولار")) {
                    out.add(new TokenTaggerFinder.Tag(i, i + 1, "MISC"));
                }
            }
            return out;
        });
        IsnadExtractionEngine engine = new IsnadExtractionEngine(List.of(ner));
        String text = TEXT.replace("فؤاد", "فُؤاد");
        ExtractionResult r = engine.extract(ExtractionRequest.of(text));
        assertTrue(r.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.text().equals("فُؤاد حسين")),
                r.entities().toString());
        assertTrue(r.entities().stream().noneMatch(e -> e.text().contains("الدولار")));
        assertFalse(seen.isEmpty());
        assertEquals(null, TokenTaggerFinder.map("MISC"));
        assertEquals(EntityType.ORGANIZATION, TokenTaggerFinder.map("B-ORG"));
    }

    @Test
    void failingFinderDoesNotBreakTheEngine() {
        EntityFinder boom = (t, l) -> {
            throw new IllegalStateException("boom");
        };
        IsnadExtractionEngine engine = new IsnadExtractionEngine(List.of(boom, new RuleEntityFinder()));
        ExtractionResult r = engine.extract(ExtractionRequest.of(TEXT));
        assertFalse(r.claims().isEmpty());
    }
}
