package org.isnad.extraction.engine.ner;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hashed lexicons used by the features: trigger words (looked up by clitic-stripped form) and multi-token
 * gazetteers (first token matched with article/proclitics removed, following tokens by normalised form).
 */
final class Lexicon {

    // ---- trigger categories (bit positions) ----
    static final String[] TRIGGER_CATEGORIES = {
        "PERS_TITLE", "NAME_PART", "ORG_TRIGGER", "LOC_TRIGGER", "REPORT_VERB", "LOC_PREP", "MISC_TRIGGER", "TIME",
        "NATIONALITY", "FUNCTION"
    };

    static int triggerCategory(String name) {
        for (int i = 0; i < TRIGGER_CATEGORIES.length; i++) {
            if (TRIGGER_CATEGORIES[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown trigger category " + name);
    }

    // ---- gazetteer types (bit positions) ----
    static final int G_PERS = 0, G_LOC = 1, G_ORG = 2, G_MISC = 3, G_FIRSTNAME = 4, G_FAMILY = 5, G_TYPES = 6;
    static final int MAX_ENTRY_TOKENS = 8;
    private static final int PREFIX_FLAG = 1 << 8;
    private static final long GAZ_SEED = 0x6A2E_1D4C_77F0_3B19L;

    /** Trigger words: hash of clitic-stripped normalised form → category bits. */
    static final class Triggers {
        final LongIntMap map;

        Triggers(LongIntMap map) {
            this.map = map;
        }

        Triggers() {
            this(new LongIntMap(1024));
        }

        void add(String word, int category) {
            String norm = ArabicText.normalize(word);
            map.or(Hash.string(ArabicText.stripped(norm)), 1 << category);
            map.or(Hash.string(norm), 1 << category);
        }

        int lookup(long strippedHash) {
            return map.get(strippedHash, 0);
        }
    }

    /** A multi-token gazetteer with typed entries. */
    static final class Gazetteer {
        final LongIntMap map;
        int maxLen;

        Gazetteer() {
            this(new LongIntMap(1024), 0);
        }

        Gazetteer(LongIntMap map, int maxLen) {
            this.map = map;
            this.maxLen = maxLen;
        }

        /**
         * Adds an entry given as (raw) tokens. The first token is keyed by its normalised form; entries taken from a
         * corpus ({@code corpus}) may carry proclitics (ومحمد, للأمم) and are also keyed by their lexical key
         * ({@link ArabicText#lexicalKey}).
         */
        void add(String[] tokens, int type, boolean corpus) {
            if (tokens.length == 0 || tokens.length > MAX_ENTRY_TOKENS) {
                return;
            }
            long[] rest = new long[tokens.length];
            for (int k = 1; k < tokens.length; k++) {
                rest[k] = Hash.string(ArabicText.normalize(tokens[k]));
            }
            String norm0 = ArabicText.normalize(tokens[0]);
            if (norm0.isEmpty()) {
                return;
            }
            addKeyed(Hash.string(norm0), rest, type);
            String b = ArabicText.lexicalKey(norm0);
            if (corpus && !b.equals(norm0)) {
                addKeyed(Hash.string(b), rest, type);
            }
            maxLen = Math.max(maxLen, tokens.length);
        }

        private void addKeyed(long first, long[] rest, int type) {
            long h = Hash.pair(GAZ_SEED, first);
            for (int k = 1; k < rest.length; k++) {
                map.or(nz(h), PREFIX_FLAG);
                h = Hash.pair(h, rest[k]);
            }
            map.or(nz(h), 1 << type);
        }

        void addAll(Gazetteer other) {
            other.map.forEach((k, v) -> map.or(k, v));
            maxLen = Math.max(maxLen, other.maxLen);
        }

        /**
         * Marks matches into {@code bits}: for each token, bit ((src * G_TYPES + type) * 3 + label) with label
         * 0 = begins a multi-token match, 1 = inside/ends one, 2 = single-token match.
         */
        void match(int n, long[] firstA, long[] firstB, long[] firstC, long[] norm, int src, long[] bits) {
            if (map.size() == 0) {
                return;
            }
            for (int i = 0; i < n; i++) {
                matchFrom(i, firstA[i], n, norm, src, bits);
                if (firstB[i] != firstA[i]) {
                    matchFrom(i, firstB[i], n, norm, src, bits);
                }
                if (firstC[i] != firstA[i] && firstC[i] != firstB[i]) {
                    matchFrom(i, firstC[i], n, norm, src, bits);
                }
            }
        }

        private void matchFrom(int i, long first, int n, long[] norm, int src, long[] bits) {
            long h = Hash.pair(GAZ_SEED, first);
            int end = Math.min(n, i + maxLen);
            for (int j = i; j < end; j++) {
                if (j > i) {
                    h = Hash.pair(h, norm[j]);
                }
                int v = map.get(nz(h), 0);
                if (v == 0) {
                    return;
                }
                int types = v & 0xFF;
                while (types != 0) {
                    int t = Integer.numberOfTrailingZeros(types);
                    types &= types - 1;
                    int base = (src * G_TYPES + t) * 3;
                    if (j == i) {
                        bits[i] |= 1L << (base + 2);
                    } else {
                        bits[i] |= 1L << base;
                        for (int k = i + 1; k <= j; k++) {
                            bits[k] |= 1L << (base + 1);
                        }
                    }
                }
                if ((v & PREFIX_FLAG) == 0) {
                    return;
                }
            }
        }

        private static long nz(long h) {
            return h == 0 ? 1 : h;
        }
    }

    /** Tokens that occur inside entities of a type: bit (type * 2 + (first token ? 0 : 1)). Keyed by first-key forms. */
    static final class Units {
        final LongIntMap map;

        Units() {
            this(new LongIntMap(1024));
        }

        Units(LongIntMap map) {
            this.map = map;
        }

        void addEntity(String[] tokens, int type) {
            for (int k = 0; k < tokens.length; k++) {
                String norm = ArabicText.normalize(tokens[k]);
                if (norm.isEmpty()) {
                    continue;
                }
                int bit = 1 << (type * 2 + (k == 0 ? 0 : 1));
                map.or(Hash.string(ArabicText.noArticle(norm)), bit);
                map.or(Hash.string(ArabicText.stripped(norm)), bit);
            }
        }

        int lookup(long a, long b) {
            return map.get(a, 0) | map.get(b, 0);
        }
    }

    /**
     * Training-vocabulary statistics per clitic-stripped form: bits 0-2 a frequency bucket (0 = unseen), then for each
     * type 3 bits of the share of occurrences inside an entity of that type (0 = never, 1..5 = quintiles).
     */
    static final class Stats {
        final LongIntMap map;

        Stats() {
            this(new LongIntMap(1024));
        }

        Stats(LongIntMap map) {
            this.map = map;
        }

        static Stats build(java.util.List<NerCorpus.Sentence> sentences) {
            LongIntMap total = new LongIntMap(1 << 14);
            LongIntMap[] per = new LongIntMap[NerModel.TYPES.length];
            for (int t = 0; t < per.length; t++) {
                per[t] = new LongIntMap(1 << 12);
            }
            for (NerCorpus.Sentence s : sentences) {
                int[] tags = s.tags();
                for (int i = 0; i < s.tokens().length; i++) {
                    String norm = ArabicText.normalize(s.tokens()[i]);
                    long h = Hash.string(ArabicText.stripped(norm));
                    total.put(h, total.get(h, 0) + 1);
                    int tag = tags[i];
                    if (tag != NerModel.O) {
                        LongIntMap m = per[NerModel.typeOf(tag)];
                        m.put(h, m.get(h, 0) + 1);
                    }
                }
            }
            Stats st = new Stats(new LongIntMap(Math.max(16, total.size())));
            total.forEach((h, c) -> {
                int v = c <= 1 ? 1 : c <= 3 ? 2 : c <= 10 ? 3 : c <= 50 ? 4 : 5;
                for (int t = 0; t < per.length; t++) {
                    int e = per[t].get(h, 0);
                    int b = e == 0 ? 0 : 1 + Math.min(4, (int) (5.0 * e / c));
                    v |= b << (3 + 3 * t);
                }
                st.map.put(h, v);
            });
            return st;
        }

        int lookup(long strippedHash) {
            return map.get(strippedHash, 0);
        }
    }

    // ---- the lexicon itself ----
    final Triggers triggers;
    /** 0 = hand-written world knowledge, 1 = Wojood-derived, 2 = training-data-derived. */
    final Gazetteer[] gazetteers;
    final Units units;
    final Stats stats;
    final CharModel chars;

    Lexicon(Triggers triggers, Gazetteer[] gazetteers, Units units, Stats stats, CharModel chars) {
        this.triggers = triggers;
        this.gazetteers = gazetteers;
        this.units = units;
        this.stats = stats;
        this.chars = chars;
    }

    /** Same fixed lexicons, other training-derived parts (for jack-knifing). */
    Lexicon withTrainingParts(Gazetteer trainGaz, Units trainUnits, Stats trainStats, CharModel trainChars) {
        return new Lexicon(triggers, new Gazetteer[] {gazetteers[0], gazetteers[1], trainGaz}, trainUnits, trainStats,
            trainChars);
    }

    // ---- serialisation ----
    void write(DataOutputStream out) throws IOException {
        writeMap(out, triggers.map);
        out.writeInt(gazetteers.length);
        for (Gazetteer g : gazetteers) {
            out.writeInt(g.maxLen);
            writeMap(out, g.map);
        }
        writeMap(out, units.map);
        writeMap(out, stats.map);
        chars.write(out);
    }

    static Lexicon read(DataInputStream in) throws IOException {
        Triggers t = new Triggers(readMap(in));
        Gazetteer[] g = new Gazetteer[in.readInt()];
        for (int i = 0; i < g.length; i++) {
            int maxLen = in.readInt();
            g[i] = new Gazetteer(readMap(in), maxLen);
        }
        Units u = new Units(readMap(in));
        Stats st = new Stats(readMap(in));
        CharModel cm = CharModel.read(in);
        return new Lexicon(t, g, u, st, cm);
    }

    static void writeMap(DataOutputStream out, LongIntMap m) throws IOException {
        long[] keys = m.sortedKeys();
        out.writeInt(keys.length);
        for (long k : keys) {
            out.writeLong(k);
            out.writeInt(m.get(k, 0));
        }
    }

    static LongIntMap readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        LongIntMap m = new LongIntMap(Math.max(16, n));
        for (int i = 0; i < n; i++) {
            long k = in.readLong();
            m.put(k, in.readInt());
        }
        return m;
    }
}
