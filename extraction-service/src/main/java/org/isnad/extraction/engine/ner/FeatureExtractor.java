package org.isnad.extraction.engine.ner;

import java.util.List;

/**
 * Computes hashed (64-bit) feature keys for every token of a sentence. Token-level forms (normalised, article-less,
 * clitic-stripped, Lucene light stem) are hashed once per token; window, affix, trigger and gazetteer features are
 * combined from those hashes, so no per-feature strings are built.
 */
final class FeatureExtractor {
    static final int MAX_FEATURES = 256;
    /** Feature positions 1..LEXICAL_FEATURES of every token are its word-identity features. */
    static final int LEXICAL_FEATURES = 4;

    // template ids
    private static final int T_BIAS = 0, T_RAW = 1, T_NORM = 2, T_NOART = 3, T_STRIP = 4, T_STEM = 5, T_PRE = 6,
        T_SUF = 10, T_SSUF = 14, T_SPRE = 17, T_SHAPE = 20, T_LEN = 21, T_SHAPE3 = 22, T_NORM_M1 = 23, T_NORM_M2 = 24,
        T_NORM_P1 = 25, T_NORM_P2 = 26, T_STRIP_M1 = 27, T_STRIP_M2 = 28, T_STRIP_P1 = 29, T_STRIP_P2 = 30,
        T_STEM_M1 = 31, T_STEM_P1 = 32, T_BI_M1 = 33, T_BI_P1 = 34, T_SBI_M1 = 35, T_TRIG = 36, T_GAZ = 37,
        T_GAZN = 38, T_UNIT = 39, T_UNITN = 40, T_PROC = 41, T_POS = 42, T_SUF_M1 = 43, T_SUF_P1 = 44,
        T_TRIG_SHAPE = 45, T_GAZTYPE_N = 46, T_SBI_P1 = 47, T_SKIP = 48, T_FREQ = 49, T_FREQ_N = 50, T_RATIO = 51,
        T_RATIO_N = 52, T_UNK_TRIG = 53, T_CHAR3 = 54, T_TRIG_FAR = 55, T_CM = 56, T_CM_N = 57;

    static boolean CHAR_NGRAMS = Boolean.parseBoolean(System.getProperty("ner.char3", "true"));
    final Lexicon lexicon;
    private static final int FAR_TRIGGERS = (1 << Lexicon.triggerCategory("PERS_TITLE"))
        | (1 << Lexicon.triggerCategory("ORG_TRIGGER")) | (1 << Lexicon.triggerCategory("LOC_TRIGGER"))
        | (1 << Lexicon.triggerCategory("REPORT_VERB"));

    FeatureExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Per-sentence token forms and lexicon lookups. */
    static final class Prepared {
        int n;
        char[][] norm;
        int[] normLen, procLen, artLen, shape;
        long[] hRaw, hNorm, hNoArt, hStrip, hConj, hKey, hStem, gaz;
        int[] trig, units, gazTypes, stats, charClass;

        Prepared(int n) {
            this.n = n;
            norm = new char[n][];
            normLen = new int[n];
            procLen = new int[n];
            artLen = new int[n];
            shape = new int[n];
            hRaw = new long[n];
            hNorm = new long[n];
            hNoArt = new long[n];
            hStrip = new long[n];
            hConj = new long[n];
            hKey = new long[n];
            hStem = new long[n];
            gaz = new long[n];
            trig = new int[n];
            units = new int[n];
            gazTypes = new int[n];
            stats = new int[n];
            charClass = new int[n];
        }
    }

    Prepared prepare(List<String> tokens) {
        int n = tokens.size();
        Prepared p = new Prepared(n);
        char[] scratch = new char[64];
        for (int i = 0; i < n; i++) {
            String raw = tokens.get(i);
            if (raw == null) {
                raw = "";
            }
            char[] nb = new char[Math.max(1, raw.length())];
            int len = ArabicText.normalize(raw, nb);
            p.norm[i] = nb;
            p.normLen[i] = len;
            p.shape[i] = ArabicText.shape(raw);
            p.hRaw[i] = Hash.string(raw);
            p.hNorm[i] = Hash.chars(nb, 0, len);
            int art = ArabicText.articleLength(nb, len);
            int proc = ArabicText.procliticLength(nb, len);
            p.artLen[i] = art;
            p.procLen[i] = proc;
            p.hNoArt[i] = art == 0 ? p.hNorm[i] : Hash.chars(nb, art, len - art);
            p.hStrip[i] = proc == 0 ? p.hNorm[i] : proc == art ? p.hNoArt[i] : Hash.chars(nb, proc, len - proc);
            if (scratch.length < len + 2) {
                scratch = new char[len * 2 + 4];
            }
            // lexicon keys: proclitics stripped with the article kept, and only a conjunction و/ف stripped
            p.hKey[i] = proc == 0 ? p.hNorm[i] : Hash.chars(scratch, 0, ArabicText.lexicalKey(nb, len, scratch));
            int conj = ArabicText.conjunctionLength(nb, len);
            p.hConj[i] = conj == 0 ? p.hNorm[i] : Hash.chars(nb, conj, len - conj);
            if (scratch.length < len + 2) {
                scratch = new char[len * 2 + 4];
            }
            int sl = ArabicText.stem(nb, len, scratch);
            p.hStem[i] = Hash.chars(scratch, 0, sl);
            p.trig[i] = lexicon.triggers.lookup(p.hStrip[i]) | (proc == 0 ? 0 : lexicon.triggers.lookup(p.hNorm[i]));
            p.units[i] = lexicon.units.lookup(p.hNoArt[i], p.hStrip[i]);
            p.stats[i] = lexicon.stats.lookup(p.hStrip[i]);
            if (p.shape[i] == ArabicText.SHAPE_ARABIC && (p.stats[i] & 7) <= 1) {
                double[] post = lexicon.chars.classify(nb, proc, len - proc, scratch);
                if (post != null) {
                    int cc = 0;
                    for (int c = 1; c < post.length; c++) {
                        int b = post[c] < 0.1 ? 0 : post[c] < 0.3 ? 1 : post[c] < 0.5 ? 2 : post[c] < 0.7 ? 3 : post[c] < 0.9 ? 4 : 5;
                        cc |= b << (3 * (c - 1));
                    }
                    p.charClass[i] = cc | (1 << 30);
                }
            }
        }
        Lexicon.Gazetteer[] gs = lexicon.gazetteers;
        for (int s = 0; s < gs.length; s++) {
            gs[s].match(n, p.hNorm, p.hKey, p.hConj, p.hNorm, s, p.gaz);
        }
        for (int i = 0; i < n; i++) {
            long g = p.gaz[i];
            int types = 0;
            while (g != 0) {
                int b = Long.numberOfTrailingZeros(g);
                g &= g - 1;
                int label = b % 3;
                int type = (b / 3) % Lexicon.G_TYPES;
                types |= 1 << (type * 3 + label);
            }
            p.gazTypes[i] = types;
        }
        return p;
    }

    private static long tok(long[] h, int i, int n) {
        return i < 0 ? Hash.BOS : i >= n ? Hash.EOS : h[i];
    }

    /** Writes the feature keys of token i into buf; returns their number. */
    int features(Prepared p, int i, long[] buf) {
        int n = p.n;
        int k = 0;
        buf[k++] = Hash.feat(T_BIAS, 0);
        buf[k++] = Hash.feat(T_RAW, p.hRaw[i]);
        buf[k++] = Hash.feat(T_NORM, p.hNorm[i]);
        buf[k++] = Hash.feat(T_STRIP, p.hStrip[i]);
        buf[k++] = Hash.feat(T_STEM, p.hStem[i]);
        // (positions 1..LEXICAL_FEATURES are the word-identity features, see StructuredPerceptron word dropout)
        if (p.artLen[i] > 0) {
            buf[k++] = Hash.feat(T_NOART, p.hNoArt[i]);
        }
        char[] c = p.norm[i];
        int len = p.normLen[i];
        for (int a = 1; a <= 4 && a < len; a++) {
            buf[k++] = Hash.feat(T_PRE + a - 1, Hash.chars(c, 0, a));
            buf[k++] = Hash.feat(T_SUF + a - 1, Hash.chars(c, len - a, a));
        }
        int pl = p.procLen[i];
        int slen = len - pl;
        if (pl > 0) {
            for (int a = 1; a <= 3 && a < slen; a++) {
                buf[k++] = Hash.feat(T_SSUF + a - 1, Hash.chars(c, len - a, a));
            }
            for (int a = 2; a <= 4 && a < slen; a++) {
                buf[k++] = Hash.feat(T_SPRE + a - 2, Hash.chars(c, pl, a));
            }
        }
        if (CHAR_NGRAMS && p.shape[i] == ArabicText.SHAPE_ARABIC) {
            for (int a = pl; a + 3 <= len && k < 60; a++) {
                buf[k++] = Hash.feat(T_CHAR3, Hash.chars(c, a, 3));
            }
        }
        buf[k++] = Hash.feat(T_PROC, (long) pl * 8 + p.artLen[i] + (pl > 0 ? c[0] * 16L : 0));
        int sh = p.shape[i];
        buf[k++] = Hash.feat(T_SHAPE, sh);
        buf[k++] = Hash.feat(T_LEN, ArabicText.lengthBucket(slen) * 16 + sh);
        int shPrev = i > 0 ? p.shape[i - 1] : 31;
        int shNext = i + 1 < n ? p.shape[i + 1] : 31;
        buf[k++] = Hash.feat(T_SHAPE3, (shPrev * 32 + sh) * 32 + shNext);
        if (i == 0) {
            buf[k++] = Hash.feat(T_POS, 1);
        }
        if (i == n - 1) {
            buf[k++] = Hash.feat(T_POS, 2);
        }
        long nm1 = tok(p.hNorm, i - 1, n), np1 = tok(p.hNorm, i + 1, n);
        buf[k++] = Hash.feat(T_NORM_M1, nm1);
        buf[k++] = Hash.feat(T_NORM_M2, tok(p.hNorm, i - 2, n));
        buf[k++] = Hash.feat(T_NORM_P1, np1);
        buf[k++] = Hash.feat(T_NORM_P2, tok(p.hNorm, i + 2, n));
        long sm1 = tok(p.hStrip, i - 1, n), sp1 = tok(p.hStrip, i + 1, n);
        buf[k++] = Hash.feat(T_STRIP_M1, sm1);
        buf[k++] = Hash.feat(T_STRIP_M2, tok(p.hStrip, i - 2, n));
        buf[k++] = Hash.feat(T_STRIP_P1, sp1);
        buf[k++] = Hash.feat(T_STRIP_P2, tok(p.hStrip, i + 2, n));
        buf[k++] = Hash.feat(T_STEM_M1, tok(p.hStem, i - 1, n));
        buf[k++] = Hash.feat(T_STEM_P1, tok(p.hStem, i + 1, n));
        buf[k++] = Hash.feat(T_BI_M1, Hash.pair(nm1, p.hNorm[i]));
        buf[k++] = Hash.feat(T_BI_P1, Hash.pair(p.hNorm[i], np1));
        buf[k++] = Hash.feat(T_SBI_M1, Hash.pair(sm1, p.hStrip[i]));
        buf[k++] = Hash.feat(T_SBI_P1, Hash.pair(p.hStrip[i], sp1));
        buf[k++] = Hash.feat(T_SKIP, Hash.pair(sm1, sp1));
        if (i > 0) {
            buf[k++] = Hash.feat(T_SUF_M1, Hash.chars(p.norm[i - 1], Math.max(0, p.normLen[i - 1] - 2),
                Math.min(2, p.normLen[i - 1])));
        }
        if (i + 1 < n) {
            buf[k++] = Hash.feat(T_SUF_P1, Hash.chars(p.norm[i + 1], Math.max(0, p.normLen[i + 1] - 2),
                Math.min(2, p.normLen[i + 1])));
        }
        // trigger words in a ±2 window
        for (int o = -2; o <= 2; o++) {
            int j = i + o;
            if (j < 0 || j >= n) {
                continue;
            }
            int t = p.trig[j];
            while (t != 0) {
                int b = Integer.numberOfTrailingZeros(t);
                t &= t - 1;
                buf[k++] = Hash.feat(T_TRIG, (o + 2) * 32 + b);
                if (o == -1) {
                    buf[k++] = Hash.feat(T_TRIG_SHAPE, b * 32 + sh);
                }
            }
        }
        int cc = p.charClass[i];
        if (cc != 0) {
            for (int ct = 0; ct < NerModel.TYPES.length; ct++) {
                buf[k++] = Hash.feat(T_CM, ct * 8 + ((cc >>> (3 * ct)) & 7));
            }
        }
        for (int o = -1; o <= 1; o += 2) {
            int j = i + o;
            if (j >= 0 && j < n && p.charClass[j] != 0) {
                for (int ct = 0; ct < 3; ct++) {
                    buf[k++] = Hash.feat(T_CM_N, (o + 1) * 64 + ct * 8 + ((p.charClass[j] >>> (3 * ct)) & 7));
                }
            }
        }
        // nearest trigger word 3..6 tokens to the left (titles, org/loc heads, report verbs, prepositions)
        int seenCats = 0;
        for (int o = 3; o <= 6 && i - o >= 0; o++) {
            int t = p.trig[i - o] & FAR_TRIGGERS & ~seenCats;
            seenCats |= t;
            while (t != 0) {
                int b = Integer.numberOfTrailingZeros(t);
                t &= t - 1;
                buf[k++] = Hash.feat(T_TRIG_FAR, b * 8 + o);
            }
        }
        // gazetteers
        long g = p.gaz[i];
        while (g != 0 && k < MAX_FEATURES - 96) {
            int b = Long.numberOfTrailingZeros(g);
            g &= g - 1;
            buf[k++] = Hash.feat(T_GAZ, b);
        }
        for (int o = -1; o <= 1; o += 2) {
            int j = i + o;
            if (j < 0 || j >= n) {
                continue;
            }
            int gt = p.gazTypes[j];
            while (gt != 0 && k < MAX_FEATURES - 80) {
                int b = Integer.numberOfTrailingZeros(gt);
                gt &= gt - 1;
                buf[k++] = Hash.feat(T_GAZTYPE_N, (o + 1) * 32 + b);
            }
            int u = p.units[j];
            while (u != 0 && k < MAX_FEATURES - 64) {
                int b = Integer.numberOfTrailingZeros(u);
                u &= u - 1;
                buf[k++] = Hash.feat(T_UNITN, (o + 1) * 32 + b);
            }
        }
        // training-vocabulary statistics (jack-knifed during training)
        int st = p.stats[i];
        int freq = st & 7;
        buf[k++] = Hash.feat(T_FREQ, freq * 32 + sh);
        for (int t = 0; t < NerModel.TYPES.length; t++) {
            int b = (st >>> (3 + 3 * t)) & 7;
            if (freq > 0) {
                buf[k++] = Hash.feat(T_RATIO, t * 8 + b);
            }
        }
        for (int o = -1; o <= 1; o += 2) {
            int j = i + o;
            int sj = j < 0 || j >= n ? -1 : p.stats[j];
            buf[k++] = Hash.feat(T_FREQ_N, (o + 1) * 64 + (sj < 0 ? 63 : (sj & 7)));
            if (sj > 0) {
                for (int t = 0; t < 3; t++) {
                    int b = (sj >>> (3 + 3 * t)) & 7;
                    if (b > 0) {
                        buf[k++] = Hash.feat(T_RATIO_N, (o + 1) * 64 + t * 8 + b);
                    }
                }
            }
        }
        if (freq <= 1 && i > 0) {
            int t = p.trig[i - 1];
            while (t != 0) {
                int b = Integer.numberOfTrailingZeros(t);
                t &= t - 1;
                buf[k++] = Hash.feat(T_UNK_TRIG, freq * 32 + b);
            }
        }
        int u = p.units[i];
        while (u != 0 && k < MAX_FEATURES) {
            int b = Integer.numberOfTrailingZeros(u);
            u &= u - 1;
            buf[k++] = Hash.feat(T_UNIT, b);
        }
        return k;
    }
}
