package org.isnad.extraction.engine.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small, self-contained checks of the corpus reader, the scorer and training determinism (no external data). */
class NerTrainingTest {

    @TempDir
    Path tmp;

    private static final String CORPUS = String.join("\n",
        "فرانكفورت B-LOC", "أعلن O", "اتحاد B-ORG", "صناعة I-ORG", "السيارات I-ORG", "في O", "ألمانيا B-LOC", ". O",
        "قال O", "جورج B-PERS", "بوش I-PERS", " O", "إن O", "العراق B-LOC", "مهم O", ". Oالإصابة O",
        "ستبعد O", "إيتو B-PERS", "عن O", "I-ORG_TEST I-ORG", "برشلونة B-ORG", ". O");

    private List<NerCorpus.Sentence> read() throws IOException {
        Path f = tmp.resolve("train.txt");
        Files.writeString(f, CORPUS.replace("I-ORG_TEST I-ORG", "الفريق I-ORG") + "\n", StandardCharsets.UTF_8);
        return NerCorpus.readAnercorp(f);
    }

    @Test
    void readsAnercorpIncludingItsQuirks() throws IOException {
        List<NerCorpus.Sentence> s = read();
        assertEquals(3, s.size());
        assertEquals(8, s.get(0).tokens().length);
        assertArrayEquals(new int[] {0, 1, 1}, s.get(0).spans()[0]);
        assertArrayEquals(new int[] {2, 5, 2}, s.get(0).spans()[1]);
        // the empty-token line is kept as a token; the glued line ". Oالإصابة O" is split back into two tokens
        assertEquals("", s.get(1).tokens()[3]);
        assertEquals(".", s.get(1).tokens()[7]);
        assertEquals("الإصابة", s.get(2).tokens()[0]);
        // an I- tag after O starts a chunk (conlleval semantics)
        assertArrayEquals(new int[] {2, 3, 0}, s.get(2).spans()[0]);
        assertArrayEquals(new int[] {4, 5, 2}, s.get(2).spans()[1]);
        assertArrayEquals(new int[] {5, 6, 2}, s.get(2).spans()[2]);
    }

    @Test
    void bilouEncodingRoundTrips() {
        int[][] spans = {{0, 1, 0}, {2, 5, 2}, {5, 7, 1}};
        int[] tags = NerModel.encode(spans, 8);
        int[][] back = NerModel.spans(tags);
        assertEquals(spans.length, back.length);
        for (int i = 0; i < spans.length; i++) {
            assertArrayEquals(spans[i], back[i]);
        }
    }

    @Test
    void exactMatchScoring() {
        NerScores s = new NerScores();
        s.add(new int[][] {{0, 2, 0}, {3, 4, 1}, {5, 6, 2}}, new int[][] {{0, 2, 0}, {3, 5, 1}, {6, 7, 2}});
        assertEquals(1, s.tp[0]);
        assertEquals(0, s.tp[1]);
        assertEquals(1, s.fp[1]);
        assertEquals(1, s.fn[1]);
        assertEquals(1, s.fn[2]);
        // 1 tp, 2 fp, 2 fn over PERS/LOC/ORG → P = R = 1/3
        assertEquals(1.0 / 3, s.microPlo(), 1e-9);
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        List<NerCorpus.Sentence> data = smallCorpus();
        NerTraining.Config cfg = smallConfig();
        byte[] a = serialize(NerTraining.train(data, cfg, null));
        byte[] b = serialize(NerTraining.train(data, cfg, null));
        assertTrue(a.length > 100);
        assertArrayEquals(a, b, "same data + config + seed must give a byte-identical model");
        ArabicNer ner = new ArabicNer(NerTraining.train(data, cfg, null), null);
        List<String> toks = List.of("قال", "جورج", "بوش", "إن", "العراق", "مهم", ".");
        List<NerSpan> spans = ner.tag(toks);
        assertTrue(spans.stream().anyMatch(s -> s.type().equals("LOC") && s.startToken() == 4), spans.toString());
    }

    private List<NerCorpus.Sentence> smallCorpus() throws IOException {
        List<NerCorpus.Sentence> data = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            data.addAll(read());
        }
        return data;
    }

    private static NerTraining.Config smallConfig() {
        NerTraining.Config cfg = NerTraining.defaultConfig();
        cfg.wojood = false;
        cfg.epochs = 3;
        cfg.ensemble = 2;
        cfg.jackknifeParts = 2;
        return cfg;
    }

    private static byte[] serialize(NerModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArabicNer(m, null).save(out);
        return out.toByteArray();
    }

    @Test
    void stackedTrainingIsDeterministic() throws IOException {
        List<NerCorpus.Sentence> data = smallCorpus();
        NerTraining.Config cfg = smallConfig();
        cfg.context = 3;
        byte[] a = serialize(ContextTraining.trainStacked(data, cfg, null));
        byte[] b = serialize(ContextTraining.trainStacked(data, cfg, null));
        assertArrayEquals(a, b, "same data + config + seed must give a byte-identical two-stage model");
        ArabicNer ner = ArabicNer.load(new java.io.ByteArrayInputStream(a));
        List<String> toks = List.of("قال", "جورج", "بوش", "إن", "العراق", "مهم", ".");
        List<List<NerSpan>> doc = ner.tagDocument(List.of(toks, List.of(), toks));
        assertEquals(3, doc.size());
        assertTrue(doc.get(1).isEmpty());
        assertTrue(doc.get(0).stream().anyMatch(s -> s.type().equals("LOC") && s.startToken() == 4), doc.toString());
    }

    private static byte[] serialize(ContextTraining.Stacked st) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArabicNer(st.model(), st.context()).save(out);
        return out.toByteArray();
    }
}
