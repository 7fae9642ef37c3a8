package org.isnad.extraction.engine.boilerplate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.attribution.CueLexicon;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.Token;

/**
 * The features of one line of an article for {@link LineFurnitureModel}: its shape (length, punctuation, share of
 * digits / Latin / symbols, separators, links), its grammar (reporting cues, verb-like and function words: prose has
 * them, furniture does not), its place in the article and the shape of its neighbours (furniture comes in blocks, so
 * whether the rules marked the lines around it), and hashed word unigrams / bigrams at a modest scale.
 *
 * <p>One instance per article (it holds the per-line facts the neighbour features read); {@link #extract} writes a
 * sparse vector into caller-owned arrays, so scoring a line allocates nothing. Not thread-safe: one per call.
 * Part of the (not integrated) furniture-model experiment, hence in the test tree.
 */
public final class LineFeatures {

    /** Size of the weight vector: dense features first, then the hashed word slots. */
    public static final int DIM = 1 << 14;
    /** At most this many non-zero entries per line (dense ones plus capped word features). */
    public static final int MAX_NNZ = 200;

    private static final int MAX_WORDS = 40; // hashed words read per line: prose beyond this adds nothing
    private static final float WORD_SCALE = 0.35f; // words generalise worse than shape: a modest value

    // dense feature slots ------------------------------------------------------------------------------------
    private static final int BIAS = 0;
    private static final int WORD_BIN = 1; // 8 bins
    private static final int LOG_WORDS = 9;
    private static final int LOG_CHARS = 10;
    private static final int END_SENTENCE = 11;
    private static final int END_COLON = 12;
    private static final int END_COMMA = 13;
    private static final int END_OTHER_PUNCT = 14;
    private static final int SHARE_DIGIT = 15;
    private static final int SHARE_LATIN = 16;
    private static final int SHARE_PUNCT = 17;
    private static final int SHARE_PICTO = 18;
    private static final int ANY_PICTO = 19;
    private static final int PIPES = 20;
    private static final int HASHES = 21;
    private static final int ATS = 22;
    private static final int COLONS = 23;
    private static final int SLASHES = 24;
    private static final int URL = 25;
    private static final int PIC_TWITTER = 26;
    private static final int BULLETS = 27;
    private static final int MIDDLE_DOTS = 28;
    private static final int QUOTES = 29;
    private static final int PARENS = 30;
    private static final int FIRST_CLASS = 31; // 5 classes
    private static final int LAST_CLASS = 36; // 5 classes
    private static final int CUES = 41;
    private static final int VERB_CUE = 42;
    private static final int VERB_LIKE = 43;
    private static final int FUNCTION_SHARE = 44;
    private static final int NO_FUNCTION_WORD = 45;
    private static final int REL_POS = 46;
    private static final int TITLE_LINE = 47;
    private static final int FIRST3 = 48;
    private static final int LAST3 = 49;
    private static final int BEFORE_PROSE = 50;
    private static final int AFTER_PROSE = 51;
    private static final int PREV = 52; // 7 slots
    private static final int NEXT = 59; // 7 slots
    private static final int RULED_WINDOW = 66;
    private static final int SENTENCES = 67;
    private static final int DATE_WORDS = 68;
    private static final int CLOCK = 69;
    private static final int SHORT_DASH_PAIR = 70;
    /** Slots below this are the dense shape features; the hashed word slots follow. */
    public static final int DENSE = 72;

    private static final int NEIGHBOUR_MISSING = 0;
    private static final int NEIGHBOUR_RULED = 1;
    private static final int NEIGHBOUR_BIN = 2; // 4 bins
    private static final int NEIGHBOUR_PERIOD = 6;

    private static final int SALT_UNI = 0x1234567;
    private static final int SALT_BI = 0x5bd1e99;
    private static final int SALT_FIRST = 0x27d4eb2;
    private static final int SALT_LAST = 0x165667b;

    private static final Set<String> FUNCTION_WORDS = new HashSet<>(Fold.foldAll("في", "من", "على", "أن", "إلى",
            "التي", "الذي", "الذين", "عن", "مع", "هذا", "هذه", "كان", "كانت", "قد", "لم", "لن", "ما", "بين", "بعد",
            "قبل", "وفي", "إن", "كما", "أنه", "أنها", "حيث", "ذلك", "تلك", "أو", "لا", "منذ", "خلال", "وقد", "فيما",
            "وأن", "بأن", "إنه", "عند", "حتى", "لكن", "ولكن", "غير", "عبر", "the", "of", "to", "in", "that", "was",
            "is", "and", "for", "on", "with", "said", "has", "have", "were", "le", "la", "les", "de", "des", "que"));
    /**
     * Month and weekday names: a publication stamp is a date line the gold keeps (its DATE is an entity), and the
     * learner can only tell it from a widget's date if it sees the date words.
     */
    private static final Set<String> DATE_NAMES = new HashSet<>(Fold.foldAll("يناير", "فبراير", "مارس", "أبريل",
            "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار",
            "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "السبت", "الأحد", "الاثنين", "الإثنين",
            "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday"));

    private final String[] low;
    private final List<List<Token>> tokens;
    private final boolean[] ruled;
    private final int[] words;
    private final int firstProse;
    private final int lastProse;

    /**
     * @param low    each line folded and lower-cased, as {@link BoilerplateDetector} sees it
     * @param tokens the tokens of each line
     * @param ruled  whether the rules marked each line as boilerplate
     */
    public LineFeatures(String[] low, List<List<Token>> tokens, boolean[] ruled) {
        this.low = low;
        this.tokens = tokens;
        this.ruled = ruled;
        int n = low.length;
        words = new int[n];
        int first = -1;
        int last = -1;
        for (int k = 0; k < n; k++) {
            words[k] = BoilerplateDetector.countWords(low[k]);
            if (!ruled[k] && k > 0 && words[k] >= 10) {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        firstProse = first < 0 ? n : first;
        lastProse = last;
    }

    public int lines() {
        return low.length;
    }

    /** Writes the features of line {@code k} into {@code idx}/{@code val}; returns how many. */
    public int extract(int k, int[] idx, float[] val) {
        Sink s = new Sink(idx, val);
        String l = low[k];
        int w = words[k];
        s.put(BIAS, 1f);
        s.put(WORD_BIN + wordBin(w), 1f);
        s.put(LOG_WORDS, log(w) / 4f);
        s.put(LOG_CHARS, (float) Math.log1p(l.length()) / 6f);
        char end = l.charAt(l.length() - 1);
        if (end == '.' || end == '!' || end == '?' || end == '؟' || end == '…') {
            s.put(END_SENTENCE, 1f);
        } else if (end == ':') {
            s.put(END_COLON, 1f);
        } else if (end == '،' || end == ',' || end == '؛' || end == ';') {
            s.put(END_COMMA, 1f);
        } else if (!Character.isLetterOrDigit(end)) {
            s.put(END_OTHER_PUNCT, 1f);
        }
        charShape(l, s);
        if (l.contains("http") || l.contains("www.") || l.contains(".com")) {
            s.put(URL, 1f);
        }
        if (l.contains("pic.twitter")) {
            s.put(PIC_TWITTER, 1f);
        }
        int sentences = 0;
        for (int i = 0; i + 1 < l.length(); i++) {
            char c = l.charAt(i);
            if ((c == '.' || c == '؟' || c == '!') && l.charAt(i + 1) == ' ') {
                sentences++;
            }
        }
        s.put(SENTENCES, log(sentences));
        if (w <= 8 && l.contains(" - ")) {
            s.put(SHORT_DASH_PAIR, 1f); // "دمشق - سانا": a dateline, place and agency
        }
        grammar(tokens.get(k), s);
        position(k, s);
        neighbour(k - 1, PREV, s);
        neighbour(k + 1, NEXT, s);
        int window = 0;
        for (int j = Math.max(0, k - 3); j <= Math.min(low.length - 1, k + 3); j++) {
            window += j != k && ruled[j] ? 1 : 0;
        }
        s.put(RULED_WINDOW, window / 6f);
        hashedWords(tokens.get(k), s);
        return s.n;
    }

    private static int wordBin(int w) {
        return w <= 1 ? 0 : w == 2 ? 1 : w == 3 ? 2 : w <= 6 ? 3 : w <= 10 ? 4 : w <= 18 ? 5 : w <= 30 ? 6 : 7;
    }

    private static void charShape(String l, Sink s) {
        int digits = 0;
        int latin = 0;
        int punct = 0;
        int picto = 0;
        int visible = 0;
        int pipes = 0;
        int hashes = 0;
        int ats = 0;
        int colons = 0;
        int slashes = 0;
        int bullets = 0;
        int dots = 0;
        int quotes = 0;
        int parens = 0;
        int clocks = 0;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == ':' && i > 0 && i + 1 < l.length() && Character.isDigit(l.charAt(i - 1))
                    && Character.isDigit(l.charAt(i + 1))) {
                clocks++; // "14:20"
            }
            if (c == ' ') {
                continue;
            }
            visible++;
            if (Character.isHighSurrogate(c)) {
                picto++; // emoji and other astral symbols: counted once per pair
                i++;
                continue;
            }
            if (c >= '0' && c <= '9' || c >= 0x0660 && c <= 0x0669) {
                digits++;
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin++;
            } else if (c >= 0x2190 && c <= 0x2BFF || c >= 0x1F000) {
                picto++;
            } else if (!Character.isLetter(c)) {
                punct++;
                switch (c) {
                    case '|' -> pipes++;
                    case '#' -> hashes++;
                    case '@' -> ats++;
                    case ':' -> colons++;
                    case '/' -> slashes++;
                    case '•', '▪', '►', '*', '–', '—' -> bullets++;
                    case '·' -> dots++;
                    case '"', '«', '»', '“', '”' -> quotes++;
                    case '(', ')', '[', ']' -> parens++;
                    default -> {
                    }
                }
            }
        }
        float v = Math.max(1, visible);
        s.put(SHARE_DIGIT, digits / v);
        s.put(SHARE_LATIN, latin / v);
        s.put(SHARE_PUNCT, punct / v);
        s.put(SHARE_PICTO, picto / v);
        if (picto > 0) {
            s.put(ANY_PICTO, 1f);
        }
        s.put(PIPES, log(pipes));
        s.put(HASHES, log(hashes));
        s.put(ATS, log(ats));
        s.put(COLONS, log(colons));
        s.put(SLASHES, log(slashes));
        s.put(BULLETS, log(bullets));
        s.put(MIDDLE_DOTS, log(dots));
        s.put(QUOTES, log(quotes));
        s.put(PARENS, log(parens));
        s.put(CLOCK, log(clocks));
    }

    /** log1p of small counts from a table: Math.log1p is the dearest call per line otherwise. */
    private static final float[] LOG1P = new float[64];

    static {
        for (int i = 0; i < LOG1P.length; i++) {
            LOG1P[i] = (float) Math.log1p(i);
        }
    }

    private static float log(int count) {
        return count < LOG1P.length ? LOG1P[count] : (float) Math.log1p(count);
    }

    private void grammar(List<Token> toks, Sink s) {
        int cues = 0;
        int verbCues = 0;
        int verbLike = 0;
        int function = 0;
        int wordsSeen = 0;
        int dates = 0;
        CueLexicon lex = CueLexicon.get();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isWord()) {
                continue;
            }
            wordsSeen++;
            String f = t.folded();
            CueLexicon.Cue cue = lex.lookup(f);
            if (cue != null) {
                cues++;
                verbCues += cue.kind() == CueLexicon.Kind.VERB ? 1 : 0;
            }
            if (FUNCTION_WORDS.contains(f)) {
                function++;
            }
            if (verbLike(f)) {
                verbLike++;
            }
            if (DATE_NAMES.contains(f)) {
                dates++;
            }
        }
        if (!toks.isEmpty()) {
            s.put(FIRST_CLASS + tokenClass(toks.get(0)), 1f);
            s.put(LAST_CLASS + tokenClass(toks.get(toks.size() - 1)), 1f);
        }
        s.put(CUES, log(cues));
        s.put(VERB_CUE, verbCues > 0 ? 1f : 0f);
        s.put(VERB_LIKE, log(verbLike));
        s.put(FUNCTION_SHARE, wordsSeen == 0 ? 0f : (float) function / wordsSeen);
        if (function == 0) {
            s.put(NO_FUNCTION_WORD, 1f);
        }
        s.put(DATE_WORDS, log(dates));
    }

    /**
     * An Arabic imperfect (يـ / تـ after an optional و / ف) of four letters or more: prose narrates with finite
     * verbs, furniture labels do not. Rough on purpose: the learner weighs it.
     */
    private static boolean verbLike(String f) {
        int i = 0;
        if (f.length() > 4 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف')) {
            i = 1;
        }
        if (f.length() - i < 4) {
            return false;
        }
        char c = f.charAt(i);
        return c == 'ي' || c == 'ت';
    }

    /** 0 Arabic word, 1 Latin word, 2 number, 3 punctuation, 4 symbol / emoji. */
    private static int tokenClass(Token t) {
        return switch (t.kind()) {
            case WORD -> t.isArabic() ? 0 : 1;
            case NUMBER -> 2;
            default -> {
                char c = t.text().charAt(0);
                yield Character.isSurrogate(c) || c >= 0x2190 && c <= 0x2BFF ? 4 : 3;
            }
        };
    }

    private void position(int k, Sink s) {
        int n = low.length;
        s.put(REL_POS, n <= 1 ? 0f : (float) k / (n - 1));
        if (k == 0) {
            s.put(TITLE_LINE, 1f);
        }
        if (k < 3) {
            s.put(FIRST3, 1f);
        }
        if (n - 1 - k < 3) {
            s.put(LAST3, 1f);
        }
        if (k < firstProse) {
            s.put(BEFORE_PROSE, 1f);
        }
        if (k > lastProse) {
            s.put(AFTER_PROSE, 1f);
        }
    }

    private void neighbour(int j, int base, Sink s) {
        if (j < 0 || j >= low.length) {
            s.put(base + NEIGHBOUR_MISSING, 1f);
            return;
        }
        if (ruled[j]) {
            s.put(base + NEIGHBOUR_RULED, 1f);
        }
        int w = words[j];
        s.put(base + NEIGHBOUR_BIN + (w <= 3 ? 0 : w <= 9 ? 1 : w <= 19 ? 2 : 3), 1f);
        if (low[j].charAt(low[j].length() - 1) == '.') {
            s.put(base + NEIGHBOUR_PERIOD, 1f);
        }
    }

    private static void hashedWords(List<Token> toks, Sink s) {
        int n = Math.min(toks.size(), MAX_WORDS);
        if (n == 0) {
            return;
        }
        float v = WORD_SCALE / (float) Math.sqrt(n);
        int prev = 0;
        for (int i = 0; i < n; i++) {
            int h = hash(toks.get(i).folded());
            s.put(slot(h ^ SALT_UNI), v);
            if (i > 0) {
                s.put(slot(prev * 31 + h ^ SALT_BI), v);
            }
            prev = h;
        }
        s.put(slot(hash(toks.get(0).folded()) ^ SALT_FIRST), WORD_SCALE);
        s.put(slot(hash(toks.get(toks.size() - 1).folded()) ^ SALT_LAST), WORD_SCALE);
    }

    /** FNV-1a over the chars with every digit read as 0: "2024" and "1999" are the same word to the model. */
    static int hash(String w) {
        int h = 0x811C9DC5;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) {
                c = '0';
            }
            h = (h ^ c) * 16777619;
        }
        return h;
    }

    private static int slot(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return DENSE + Math.floorMod(h, DIM - DENSE);
    }

    /** Appends (index, value) pairs; zero values are skipped, the cap keeps a freak line from overflowing. */
    private static final class Sink {
        final int[] idx;
        final float[] val;
        int n;

        Sink(int[] idx, float[] val) {
            this.idx = idx;
            this.val = val;
        }

        void put(int i, float v) {
            if (v != 0f && n < idx.length) {
                idx[n] = i;
                val[n] = v;
                n++;
            }
        }
    }
}
