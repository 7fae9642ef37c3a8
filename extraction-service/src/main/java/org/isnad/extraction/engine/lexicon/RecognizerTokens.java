package org.isnad.extraction.engine.lexicon;

import static org.isnad.extraction.engine.lexicon.GazetteerEntityRecognizer.*;
import static org.isnad.extraction.engine.lexicon.OrgTriggerRules.*;
import static org.isnad.extraction.engine.lexicon.PersonRules.*;
import static org.isnad.extraction.engine.lexicon.PlaceTriggerRules.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;

/** Token tests and small helpers shared by the {@link GazetteerEntityRecognizer} rules. */
final class RecognizerTokens {
    private RecognizerTokens() {
    }

    /** Membership of a word or of the word without a leading conjunction و/ف ("وزير", "وقناة"). */
    static boolean inSet(java.util.Set<String> set, String w) {
        return set.contains(w) || set.contains(stripConj(w));
    }

    /** Removes a leading conjunction و/ف (for context words such as "وقناة"). */
    static String stripConj(String w) {
        if (w.length() >= 3 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')) {
            return w.substring(1);
        }
        return w;
    }

    /** The proclitic reading of token i that is in the set, as {form, strip}, or null. */
    static Object[] readingIn(TokenReadings rd, int i, java.util.Set<String> set) {
        for (int r = 0, n = rd.count(i); r < n; r++) {
            String f = rd.form(i, r);
            if (set.contains(f)) {
                return new Object[] {f, rd.strip(i, r)};
            }
        }
        return null;
    }

    // =============================================================================================
    // helpers on tokens

    static boolean isDefinite(String w) {
        return w.length() > 2 && w.charAt(0) == '\u0627' && w.charAt(1) == '\u0644';
    }

    static boolean isLatin(String w) {
        if (w.isEmpty()) {
            return false;
        }
        char c = w.charAt(0);
        return c < 0x250;
    }

    /** Definite nisba-shaped adjective: ال...ي / ال...يه. */
    static boolean isNisba(String w) {
        if (!isDefinite(w) || w.length() < 5) {
            return false;
        }
        return w.endsWith("\u064A") || w.endsWith("\u064A\u0647");
    }

    static boolean plain(Tokens t, int j) {
        return j < t.size && t.gap[j] == 0;
    }

    static boolean wordAt(Tokens t, int j) {
        return j < t.size && !t.number[j];
    }

    /** The gazetteer hit at token j with no proclitic (longest), or null. */
    static Gazetteer.Hit bareHit(Gazetteer gaz, Tokens t, int j) {
        if (j >= t.size || t.number[j]) {
            return null;
        }
        List<Gazetteer.Hit> hs = gaz.bareMatchesAt(t, j);
        return hs.isEmpty() ? null : hs.get(0);
    }

    static Gazetteer.Entry firstOfType(Gazetteer.Hit h, EntityType type) {
        if (h == null) {
            return null;
        }
        for (Gazetteer.Entry e : h.entries()) {
            if (e.type() == type) {
                return e;
            }
        }
        return null;
    }

    /** Closing token of a quoted name starting at token j (quote in gap[j]), or -1. */
    static int quotedEnd(Tokens t, int j, int maxTokens) {
        if (j >= t.size || (t.gap[j] & Tokens.GAP_QUOTE) == 0) {
            return -1;
        }
        for (int k = j; k < t.size && k < j + maxTokens; k++) {
            int after = t.gapAfter(k);
            if ((after & Tokens.GAP_QUOTE) != 0) {
                return k;
            }
            if ((after & ~Tokens.GAP_DOT) != 0) {
                return -1;
            }
        }
        return -1;
    }

    static String clean(Gazetteer gaz, Tokens t, int from, int to) {
        return ArabicText.clean(t.text.substring(from, to));
    }

    static boolean isLatinSymbolic(String w) {
        return isLatin(w) && w.length() <= 1;
    }
}
