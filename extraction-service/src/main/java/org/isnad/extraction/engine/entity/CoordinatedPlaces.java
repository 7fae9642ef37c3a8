package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;

/**
 * Unknown towns coordinated with a place already found, on the merged mentions:
 * <ul>
 *   <li>after it, a compound name opened by a word that names places ("الفولة وأم X", "حمص وتل X"): "أم" alone is
 *   also "or", but "و" + "أم" + a name after a place is the second place;</li>
 *   <li>before it, in a list of examples ("مدن مثل X وY", "منها X وY"): the word between the list opener and
 *   "و" + a known place is a place of the same list.</li>
 * </ul>
 * Only the few characters around each place are read.
 */
final class CoordinatedPlaces {
    private CoordinatedPlaces() {
    }

    /** First words of compound names that name places only ("أبو" and "سيدي" open persons' names too). */
    private static final Set<String> PLACE_ONLY_FIRST = ArabicLexicons.set("أم", "بني", "بيت", "عين", "رأس", "دير",
            "كفر", "تل", "بئر", "خربة", "جسر", "وادي");

    /** Words that open a list of examples. */
    private static final Set<String> LIST_OPENERS = ArabicLexicons.set("مثل", "منها", "بينها", "ومنها", "كمدن");

    /** The mentions with the coordinated places added, sorted by start. */
    static List<Entity> extend(String original, List<Entity> in) {
        List<Entity> added = null;
        for (int k = 0; k < in.size(); k++) {
            Entity e = in.get(k);
            if (e.type() != EntityType.LOCATION) {
                continue;
            }
            int nextStart = k + 1 < in.size() ? in.get(k + 1).start() : original.length();
            Entity after = compoundAfter(original, e.end(), nextStart);
            int prevEnd = k > 0 ? in.get(k - 1).end() : 0;
            Entity before = listMemberBefore(original, e.start(), prevEnd);
            for (Entity x : new Entity[]{before, after}) {
                if (x != null) {
                    if (added == null) {
                        added = new ArrayList<>();
                    }
                    added.add(x);
                }
            }
        }
        if (added == null) {
            return in;
        }
        List<Entity> out = new ArrayList<>(in.size() + added.size());
        out.addAll(in);
        out.addAll(added);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "X وأم Y" after a place ending at {@code end}: the place "أم Y", or null. */
    private static Entity compoundAfter(String s, int end, int limit) {
        int a = end;
        while (a < limit && s.charAt(a) == ' ') {
            a++;
        }
        if (a == end || a >= limit || s.charAt(a) != '\u0648') {
            return null;
        }
        int w1 = a + 1;
        int w1End = wordEnd(s, w1, limit);
        if (w1End == w1 || !PLACE_ONLY_FIRST.contains(Fold.fold(s.substring(w1, w1End)))) {
            return null;
        }
        if (w1End >= limit || s.charAt(w1End) != ' ') {
            return null;
        }
        int w2 = w1End + 1;
        int w2End = wordEnd(s, w2, limit);
        if (w2End - w2 < 3 || s.charAt(w2) == '\u0648' || Fold.fold(s.substring(w2, w2End)).startsWith("ال")) {
            return null; // "وأم الشهداء" is a description, "وأبو وسام" a coordination of another kind
        }
        String text = s.substring(w1, w2End);
        return new Entity(text, EntityType.LOCATION, w1, w2End, text);
    }

    /** "مثل X وY" with Y the place starting at {@code start} (after its و): the place X, or null. */
    private static Entity listMemberBefore(String s, int start, int limit) {
        if (start < 2 || s.charAt(start - 1) != '\u0648' || s.charAt(start - 2) != ' ') {
            return null;
        }
        int xEnd = start - 2;
        int x = wordStart(s, xEnd, limit);
        if (xEnd - x < 3 || x < 2 || s.charAt(x - 1) != ' ') {
            return null;
        }
        int opener = wordStart(s, x - 1, limit);
        if (opener == x - 1 || !LIST_OPENERS.contains(Fold.fold(s.substring(opener, x - 1)))) {
            return null;
        }
        String text = s.substring(x, xEnd);
        if (Fold.fold(text).startsWith("ال") && text.length() < 5) {
            return null;
        }
        return new Entity(text, EntityType.LOCATION, x, xEnd, text);
    }

    private static int wordEnd(String s, int from, int limit) {
        int b = from;
        while (b < limit && Character.isLetter(s.charAt(b))) {
            b++;
        }
        return b;
    }

    private static int wordStart(String s, int end, int limit) {
        int a = end;
        while (a > limit && Character.isLetter(s.charAt(a - 1))) {
            a--;
        }
        return a;
    }
}
