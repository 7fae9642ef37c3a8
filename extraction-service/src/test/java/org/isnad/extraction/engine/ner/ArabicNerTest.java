package org.isnad.extraction.engine.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ArabicNerTest {

    private static final ArabicNer NER = ArabicNer.loadDefault();

    private static String text(List<String> toks, NerSpan s) {
        return String.join(" ", toks.subList(s.startToken(), s.endToken()));
    }

    private static boolean has(List<String> toks, List<NerSpan> spans, String type, String surface) {
        return spans.stream().anyMatch(s -> s.type().equals(type) && text(toks, s).equals(surface));
    }

    private static void assertWellFormed(List<String> toks, List<NerSpan> spans) {
        int prevEnd = 0;
        for (NerSpan s : spans) {
            assertTrue(s.startToken() >= prevEnd, "ordered, non-overlapping: " + spans);
            assertTrue(s.endToken() <= toks.size());
            assertTrue(List.of("PERS", "LOC", "ORG", "MISC").contains(s.type()));
            assertTrue(s.probability() > 0 && s.probability() <= 1.0, "probability " + s.probability());
            prevEnd = s.endToken();
        }
    }

    @Test
    void tagsPersonAndLocationInUnseenSentence() {
        List<String> toks = ArabicTokens.tokenStrings("قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن بلاده ستواصل دعمها .");
        List<NerSpan> spans = NER.tag(toks);
        assertWellFormed(toks, spans);
        assertTrue(has(toks, spans, "PERS", "إيمانويل ماكرون"), "PERS span expected, got " + spans);
        assertTrue(has(toks, spans, "LOC", "باريس"), "LOC span expected, got " + spans);
        // the title and the nationality adjective are not part of the name (ANERcorp convention)
        assertTrue(spans.stream().noneMatch(s -> s.startToken() <= 2 && s.endToken() > 1), spans.toString());
    }

    @Test
    void tagsOrganisationsAndCliticisedNames() {
        List<String> toks = ArabicTokens.tokenStrings(
            "ذكرت وكالة رويترز أن الأمم المتحدة أرسلت مساعدات إلى دمشق وبغداد .");
        List<NerSpan> spans = NER.tag(toks);
        assertWellFormed(toks, spans);
        assertTrue(has(toks, spans, "ORG", "رويترز"), spans.toString());
        assertTrue(has(toks, spans, "ORG", "الأمم المتحدة"), spans.toString());
        assertTrue(has(toks, spans, "LOC", "دمشق"), spans.toString());
        assertTrue(has(toks, spans, "LOC", "وبغداد"), "clitic و stays inside the token: " + spans);
    }

    @Test
    void plainSentenceWithoutNamesHasNoSpans() {
        List<String> toks = ArabicTokens.tokenStrings("وقال إن الوضع صعب جدا في هذه المرحلة .");
        assertEquals(List.of(), NER.tag(toks));
    }

    @Test
    void emptyInput() {
        assertEquals(List.of(), NER.tag(List.of()));
        assertEquals(List.of(), NER.tag(null));
        assertEquals(List.of(), NER.bioTags(List.of()));
        // odd tokens do not break the tagger
        List<String> odd = List.of("", " ", "\u200C", ".", "😀", "x".repeat(300));
        assertWellFormed(odd, NER.tag(odd));
    }

    @Test
    void bioTagsAgreeWithSpans() {
        List<String> toks = ArabicTokens.tokenStrings("التقى سيرغي لافروف في القاهرة بنظيره المصري .");
        List<String> bio = NER.bioTags(toks);
        assertEquals(toks.size(), bio.size());
        for (NerSpan s : NER.tag(toks)) {
            assertEquals("B-" + s.type(), bio.get(s.startToken()));
            for (int i = s.startToken() + 1; i < s.endToken(); i++) {
                assertEquals("I-" + s.type(), bio.get(i));
            }
        }
    }

    @Test
    void taggingIsDeterministicAndThreadSafe() throws Exception {
        List<List<String>> sentences = new ArrayList<>();
        for (String s : new String[] {
            "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن بلاده ستواصل دعمها .",
            "وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة لإجراء محادثات .",
            "أعلنت منظمة الصحة العالمية في جنيف عن حالات جديدة في اليمن .",
            "وقال المتحدث باسم حركة حماس إن القصف على غزة مستمر ."}) {
            sentences.add(ArabicTokens.tokenStrings(s));
        }
        List<List<NerSpan>> expected = new ArrayList<>();
        for (List<String> s : sentences) {
            expected.add(NER.tag(s));
        }
        for (List<String> s : sentences) {
            assertEquals(expected.get(sentences.indexOf(s)), NER.tag(s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    for (int r = 0; r < 50; r++) {
                        for (int k = 0; k < sentences.size(); k++) {
                            if (!expected.get(k).equals(NER.tag(sentences.get(k)))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : futures) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void savedModelLoadsBackIdentically() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        NER.save(bytes);
        ArabicNer copy = ArabicNer.load(new ByteArrayInputStream(bytes.toByteArray()));
        List<String> toks = ArabicTokens.tokenStrings("أعلنت الأمم المتحدة أن أنطونيو غوتيريش سيزور دمشق .");
        assertEquals(NER.tag(toks), copy.tag(toks));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        copy.save(again);
        assertTrue(java.util.Arrays.equals(bytes.toByteArray(), again.toByteArray()), "stable serialisation");
    }

    @Test
    void tagsDocumentsSentenceBySentence() {
        List<List<String>> doc = new ArrayList<>();
        for (String s : new String[] {"أعلنت الأمم المتحدة أن أنطونيو غوتيريش سيزور دمشق .", "",
            "وقال غوتيريش في دمشق إن الأمم المتحدة مستعدة للمساعدة ."}) {
            doc.add(ArabicTokens.tokenStrings(s));
        }
        List<List<NerSpan>> spans = NER.tagDocument(doc);
        assertEquals(3, spans.size());
        assertTrue(spans.get(1).isEmpty());
        for (int s = 0; s < doc.size(); s++) {
            assertWellFormed(doc.get(s), spans.get(s));
        }
        assertEquals(NER.tag(doc.get(0)), NER.tagDocument(List.of(doc.get(0))).get(0));
        assertTrue(spans.get(2).stream().anyMatch(sp -> sp.type().equals("LOC")), spans.toString());
    }

    @Test
    void rejectsGarbage() {
        assertThrows(IOException.class, () -> ArabicNer.load(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    }

    @Test
    void bundledModelIsSmall() throws IOException {
        try (InputStream in = ArabicNer.class.getResourceAsStream(ArabicNer.DEFAULT_MODEL)) {
            assertTrue(in != null, "model resource present");
            long size = in.readAllBytes().length;
            assertTrue(size < 25_000_000L, "model size " + size);
        }
    }

    @Test
    void longSentenceIsTaggedInReasonableTime() {
        List<String> toks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            toks.addAll(ArabicTokens.tokenStrings("وقال محمد علي في بيروت إن"));
        }
        long t0 = System.nanoTime();
        List<NerSpan> spans = NER.tag(Collections.unmodifiableList(toks));
        assertWellFormed(toks, spans);
        assertTrue(spans.size() >= 100, "names found in a long sentence: " + spans.size());
        // a guard against super-linear tagging, not a speed figure (that is NerSpeed and JMH): generous enough for a
        // loaded CI machine, far below what a quadratic pass over 1,400 tokens would take
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L);
    }
}
