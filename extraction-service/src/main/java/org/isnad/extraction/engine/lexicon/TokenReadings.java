package org.isnad.extraction.engine.lexicon;

/**
 * Proclitic readings of every token of a {@link Tokens}, computed once and shared by all passes (see
 * {@link GazetteerProclitics#readings}). Reading 0 of a token is the token itself; the others drop و/ف and/or ب/ك/ل
 * (and read لل as ال). The folded strings are shared, so their hash codes are computed only once.
 */
public final class TokenReadings {
    private final int[] off;
    private String[] form;
    private int[] strip;

    private TokenReadings(int tokens) {
        off = new int[tokens + 1];
        form = new String[tokens + tokens / 2 + 8];
        strip = new int[form.length];
    }

    public static TokenReadings of(Tokens t) {
        TokenReadings r = new TokenReadings(t.size);
        String[] tmpF = new String[8];
        int[] tmpS = new int[8];
        int n = 0;
        for (int i = 0; i < t.size; i++) {
            r.off[i] = n;
            String w = t.norm[i];
            int k;
            if (t.number[i] || w.length() < 3 || !isCliticLetter(w.charAt(0))) {
                tmpF[0] = w;
                tmpS[0] = 0;
                k = 1;
            } else {
                k = GazetteerProclitics.readings(w, tmpF, tmpS);
            }
            if (n + k > r.form.length) {
                int cap = Math.max(r.form.length * 2, n + k + 8);
                r.form = java.util.Arrays.copyOf(r.form, cap);
                r.strip = java.util.Arrays.copyOf(r.strip, cap);
            }
            for (int x = 0; x < k; x++) {
                r.form[n] = tmpF[x];
                r.strip[n] = tmpS[x];
                n++;
            }
        }
        r.off[t.size] = n;
        return r;
    }

    static boolean isCliticLetter(char c) {
        return c == '\u0648' || c == '\u0641' || c == '\u0628' || c == '\u0643' || c == '\u0644';
    }

    /** Number of readings of token i (at least 1). */
    public int count(int i) {
        return off[i + 1] - off[i];
    }

    public String form(int i, int r) {
        return form[off[i] + r];
    }

    public int strip(int i, int r) {
        return strip[off[i] + r];
    }
}
