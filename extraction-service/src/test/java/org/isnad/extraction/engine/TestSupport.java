package org.isnad.extraction.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Shared helpers: one engine, and the offset invariants every result must satisfy. */
public final class TestSupport {
    public static final IsnadExtractionEngine ENGINE = new IsnadExtractionEngine();

    private TestSupport() {
    }

    public static ExtractionResult run(String text) {
        ExtractionResult r = ENGINE.extract(ExtractionRequest.of(text));
        assertInvariants(text, r);
        return r;
    }

    /** The texts of the entities of {@code type} the engine finds in {@code text}, in order. */
    public static List<String> entityTexts(String text, EntityType type) {
        return run(text).entities().stream().filter(e -> e.type() == type).map(Entity::text).toList();
    }

    /** Whether one boilerplate span of the result covers the first occurrence of {@code line} in {@code text}. */
    public static boolean coveredByBoilerplate(String text, ExtractionResult r, String line) {
        int s = text.indexOf(line);
        assertTrue(s >= 0, "line not in the text: " + line);
        Span target = new Span(s, s + line.length());
        return r.boilerplate().stream().anyMatch(b -> b.contains(target));
    }

    public static void assertInvariants(String text, ExtractionResult r) {
        assertNotNull(r);
        assertNotNull(r.language());
        assertEquals(ENGINE.version(), r.extractorVersion());
        String t = text == null ? "" : text;
        for (Span b : r.boilerplate()) {
            assertTrue(b.start() >= 0 && b.end() <= t.length() && b.start() <= b.end(), "boilerplate span " + b);
        }
        for (Entity e : r.entities()) {
            assertTrue(e.start() >= 0 && e.end() <= t.length() && e.start() < e.end(), "entity span " + e);
            assertEquals(t.substring(e.start(), e.end()), e.text(), "entity text");
            for (Span b : r.boilerplate()) {
                assertFalse(b.overlaps(new Span(e.start(), e.end())), "entity inside boilerplate: " + e);
            }
        }
        List<Entity> es = r.entities();
        for (int i = 1; i < es.size(); i++) {
            assertTrue(es.get(i - 1).end() <= es.get(i).start(), "entities overlap");
        }
        for (Claim c : r.claims()) {
            assertTrue(c.start() >= 0 && c.end() <= t.length() && c.start() < c.end(), "claim span");
            assertEquals(t.substring(c.start(), c.end()), c.text(), "claim text");
            assertTrue(c.checkworthiness() >= 0 && c.checkworthiness() <= 1);
            assertNotNull(c.attribution());
            assertNotNull(c.attribution().sourceType());
            double sum = 0;
            for (double v : c.checkworthinessFeatures().values()) {
                sum += v;
            }
            assertEquals(Math.max(0, Math.min(1, sum)), c.checkworthiness(), 0.002, "features explain the score");
            for (Span b : r.boilerplate()) {
                assertFalse(b.overlaps(new Span(c.start(), c.end())), "claim inside boilerplate: " + c.text());
            }
            for (int ref : c.entityRefs()) {
                Entity e = es.get(ref);
                assertTrue(e.start() >= c.start() && e.end() <= c.end(), "entityRef outside claim");
            }
            for (Quantity q : c.quantities()) {
                assertEquals(t.substring(q.start(), q.end()), q.text());
                assertTrue(q.start() >= c.start() && q.end() <= c.end());
            }
        }
    }

    public static Claim claimContaining(ExtractionResult r, String fragment) {
        for (Claim c : r.claims()) {
            if (c.text().contains(fragment)) {
                return c;
            }
        }
        throw new AssertionError("no claim contains «" + fragment + "» in " + r.claims().stream().map(Claim::text).toList());
    }

    /** The claim's attribution is {@code type} with exactly {@code source}. */
    public static void assertAttribution(Claim c, SourceType type, String source) {
        assertEquals(type, c.attribution().sourceType(), c.toString());
        assertEquals(source, c.attribution().source(), c.toString());
    }

    public static boolean anyClaimContains(ExtractionResult r, String fragment) {
        return r.claims().stream().anyMatch(c -> c.text().contains(fragment));
    }

    /** {@code line} after an article {@code body} is marked as boilerplate and no claim comes from it. */
    public static void assertFurnitureAfter(String body, String line) {
        String text = body + line + "\n";
        ExtractionResult r = run(text);
        assertTrue(coveredByBoilerplate(text, r, line), "not boilerplate: " + line + " -> " + r.boilerplate());
        assertFalse(anyClaimContains(r, line));
    }

    /** {@code line} after an article {@code body} stays content (not marked as boilerplate). */
    public static void assertContentAfter(String body, String line) {
        String text = body + line + "\n";
        assertFalse(coveredByBoilerplate(text, run(text), line), "marked as boilerplate: " + line);
    }
}
