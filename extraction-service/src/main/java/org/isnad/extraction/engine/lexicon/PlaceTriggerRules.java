package org.isnad.extraction.engine.lexicon;

import static org.isnad.extraction.engine.lexicon.GazetteerEntityRecognizer.*;
import static org.isnad.extraction.engine.lexicon.OrgTriggerRules.*;
import static org.isnad.extraction.engine.lexicon.PersonRules.*;
import static org.isnad.extraction.engine.lexicon.RecognizerTokens.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;

/** Locations introduced by a trigger noun (مدينة، بلدة، محافظة، حقل، مخيم …) for {@link GazetteerEntityRecognizer}. */
final class PlaceTriggerRules {
    private PlaceTriggerRules() {
    }

    // =============================================================================================
    // pass 2: location triggers

    static void locationTrigger(Gazetteer gaz, Tokens t, TokenReadings rd, int i, List<Cand> out) {
        String w = t.norm[i];
        Object[] th = readingIn(rd, i, TriggerWords.LOC_ADMIN);
        boolean admin = th != null;
        if (th == null) {
            th = readingIn(rd, i, TriggerWords.LOC_FEATURE);
        }
        if (th == null || i + 1 >= t.size) {
            return;
        }
        String trig = (String) th[0];
        int strip = (Integer) th[1];
        int trigStart = ArabicText.skipFolded(t.text, t.start[i], strip, t.end[i]);
        int j = i + 1;
        int g = t.gap[j];
        // quoted name
        if ((g & Tokens.GAP_QUOTE) != 0 && (g & ~(Tokens.GAP_QUOTE)) == 0) {
            int k = quotedEnd(t, j, 6);
            if (k < 0 || t.number[j]) {
                return;
            }
            String name = clean(gaz, t, t.start[j], t.end[k]);
            Gazetteer.Entry ge = placeEntryExact(gaz, t, j, k + 1);
            String canon = ge != null ? ge.canonical() : name;
            String norm = admin ? canon : featureName(gaz, t, i, strip, trig) + " " + canon;
            out.add(new Cand(t.start[j], t.end[k], EntityType.LOCATION, norm, j, k + 1, PRIO_TRIGGER,
                    Gazetteer.Category.CITY));
            return;
        }
        if (g != 0 || !wordAt(t, j)) {
            return;
        }
        int[] name = parsePlaceName(gaz, t, j);
        if (name == null) {
            return;
        }
        int nameEnd = name[0]; // exclusive token index
        String canon = name[1] == 1 ? placeCanonical(gaz, t, j, nameEnd) : clean(gaz, t, t.start[j], t.end[nameEnd - 1]);
        if (admin) {
            out.add(new Cand(t.start[j], t.end[nameEnd - 1], EntityType.LOCATION, canon, j, nameEnd,
                    PRIO_TRIGGER, Gazetteer.Category.CITY));
        } else {
            int k = nameEnd;
            StringBuilder norm = new StringBuilder(featureName(gaz, t, i, strip, trig)).append(' ').append(canon);
            int adj = 0;
            while (k < t.size && adj < 2 && plain(t, k) && !t.number[k]
                    && (TriggerWords.DIRECTIONAL.contains(t.norm[k]) || TriggerWords.FEATURE_ADJ.contains(t.norm[k]))) {
                norm.append(' ').append(clean(gaz, t, t.start[k], t.end[k]));
                k++;
                adj++;
            }
            out.add(new Cand(trigStart, t.end[k - 1], EntityType.LOCATION, norm.toString(), i, k,
                    PRIO_TRIGGER, Gazetteer.Category.REGION));
            nameEnd = k;
        }
        // dual: "قاعدتي كونيكو والعمر"
        if (TriggerWords.LOC_DUAL.contains(trig) && nameEnd < t.size && t.gap[nameEnd] == 0
                && t.norm[nameEnd].length() >= 3 && t.norm[nameEnd].charAt(0) == '\u0648') {
            int j2 = nameEnd;
            String rest = t.norm[j2].substring(1);
            if (TriggerWords.STOP.contains(rest) || TriggerWords.LOC_NAME_STOP.contains(rest)) {
                return;
            }
            int s2 = ArabicText.skipFolded(t.text, t.start[j2], 1, t.end[j2]);
            int e2 = t.end[j2];
            int te2 = j2 + 1;
            // allow a two-token second name when the rest is a place prefix ("وتل أبيض")
            if (TriggerWords.PLACE_PREFIX.contains(rest) && plain(t, j2 + 1) && wordAt(t, j2 + 1)) {
                e2 = t.end[j2 + 1];
                te2 = j2 + 2;
            }
            String n2 = ArabicText.clean(t.text.substring(s2, e2));
            Gazetteer.Entry ge = null;
            List<Gazetteer.Hit> hs = gaz.matchesAt(t, j2);
            for (Gazetteer.Hit h : hs) {
                if (h.strip() == 1 && h.tokEnd() == te2) {
                    ge = firstOfType(h, EntityType.LOCATION);
                    break;
                }
            }
            String c2 = ge != null ? ge.canonical() : n2;
            String norm2 = admin ? c2 : TriggerWords.featureSingular(trig).equals(trig)
                    ? featureName(gaz, t, i, strip, trig) + " " + c2 : singularPretty(trig) + " " + c2;
            out.add(new Cand(s2, e2, EntityType.LOCATION, norm2, j2, te2, PRIO_TRIGGER, Gazetteer.Category.CITY));
        }
    }

    static String singularPretty(String folded) {
        return switch (folded) {
            case "ريفي" -> "ريف";
            case "حقلي", "حقول" -> "حقل";
            case "قاعدتي" -> "قاعدة";
            case "مخيمي" -> "مخيم";
            case "مطاري" -> "مطار";
            case "معبري" -> "معبر";
            case "باديتي" -> "بادية";
            case "جبال" -> "جبل";
            default -> folded;
        };
    }

    /** The feature word as written (without proclitic), singularised for duals. */
    static String featureName(Gazetteer gaz, Tokens t, int i, int strip, String trig) {
        String sing = singularPretty(trig);
        if (!sing.equals(trig)) {
            return sing;
        }
        int s = ArabicText.skipFolded(t.text, t.start[i], strip, t.end[i]);
        return ArabicText.clean(t.text.substring(s, t.end[i]));
    }

    /**
     * Parses a place name starting at token j. Returns {endExclusive, fromGazetteer(1/0)} or null.
     */
    static int[] parsePlaceName(Gazetteer gaz, Tokens t, int j) {
        // a gazetteer place (any, even context-dependent: the trigger is the context)
        Gazetteer.Hit h = bareHit(gaz, t, j);
        if (h != null && firstOfType(h, EntityType.LOCATION) != null) {
            return new int[] {h.tokEnd(), 1};
        }
        String w = t.norm[j];
        if (w.length() < 2 || TriggerWords.STOP.contains(w) || TriggerWords.LOC_NAME_STOP.contains(w)
                || TriggerWords.DIRECTIONAL.contains(w)) {
            return null;
        }
        if (h != null) {
            return null; // an organisation or person name is not a place name
        }
        boolean def = isDefinite(w);
        if (!def && (w.endsWith("\u064A\u0647") || w.endsWith("\u064A\u064A\u0646"))) {
            return null; // indefinite nisba adjective: "منطقة صناعية"
        }
        int k = j + 1;
        if (TriggerWords.PLACE_PREFIX.contains(w)) {
            if (!plain(t, k) || !wordAt(t, k) || TriggerWords.STOP.contains(t.norm[k])) {
                return null;
            }
            k++;
            if (TriggerWords.PLACE_PREFIX.contains(t.norm[k - 1]) && plain(t, k) && wordAt(t, k)
                    && !TriggerWords.STOP.contains(t.norm[k])) {
                k++;
            }
            return new int[] {k, 0};
        }
        if (!def && plain(t, k) && wordAt(t, k)) {
            String n2 = t.norm[k];
            if (isDefinite(n2) && !TriggerWords.STOP.contains(n2) && !TriggerWords.DIRECTIONAL.contains(n2)
                    && !TriggerWords.LOC_NAME_STOP.contains(n2) && !TriggerWords.FEATURE_ADJ.contains(n2)
                    && !isNisba(n2)) {
                k++;
            }
        }
        return new int[] {k, 0};
    }

    static String placeCanonical(Gazetteer gaz, Tokens t, int from, int toExcl) {
        Gazetteer.Entry e = placeEntryExact(gaz, t, from, toExcl);
        return e != null ? e.canonical() : clean(gaz, t, t.start[from], t.end[toExcl - 1]);
    }

    static Gazetteer.Entry placeEntryExact(Gazetteer gaz, Tokens t, int from, int toExcl) {
        for (Gazetteer.Hit h : gaz.bareMatchesAt(t, from)) {
            if (h.tokEnd() == toExcl) {
                Gazetteer.Entry e = firstOfType(h, EntityType.LOCATION);
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }
}
