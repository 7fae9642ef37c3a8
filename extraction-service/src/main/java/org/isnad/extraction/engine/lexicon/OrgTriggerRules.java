package org.isnad.extraction.engine.lexicon;

import static org.isnad.extraction.engine.lexicon.GazetteerEntityRecognizer.*;
import static org.isnad.extraction.engine.lexicon.PersonRules.*;
import static org.isnad.extraction.engine.lexicon.PlaceTriggerRules.*;
import static org.isnad.extraction.engine.lexicon.RecognizerTokens.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;

/** Organisations introduced by a trigger noun (وزارة، جيش، حركة، وكالة …) or a quoted name for {@link GazetteerEntityRecognizer}. */
final class OrgTriggerRules {
    private OrgTriggerRules() {
    }

    // =============================================================================================
    // pass 3: organisation triggers

    static void orgTrigger(Gazetteer gaz, Tokens t, TokenReadings rd, int i, List<Cand> out) {
        Object[] th = readingIn(rd, i, TriggerWords.ORG_HEAD);
        boolean defHead = false;
        if (th == null) {
            th = readingIn(rd, i, TriggerWords.ORG_DEF_HEAD);
            defHead = th != null;
        }
        if (th == null || i + 1 >= t.size) {
            return;
        }
        String head = (String) th[0];
        int strip = (Integer) th[1];
        if (defHead && i > 0 && t.gap[i] == 0 && inSet(TriggerWords.MINISTER, t.norm[i - 1])) {
            return; // "وزير الخارجية الروسي" is a person's title, not the ministry
        }
        int headStart = ArabicText.skipFolded(t.text, t.start[i], strip, t.end[i]);
        int j = i + 1;
        int g = t.gap[j];
        if (!defHead && (g & Tokens.GAP_QUOTE) != 0 && (g & ~Tokens.GAP_QUOTE) == 0) {
            int k = quotedEnd(t, j, 6);
            if (k < 0) {
                return;
            }
            Gazetteer.Entry ge = null;
            for (Gazetteer.Hit h : gaz.matchesAt(t, j)) {
                if (h.tokEnd() == k + 1) {
                    ge = firstOfType(h, EntityType.ORGANIZATION);
                    if (ge != null) {
                        int s = ArabicText.skipFolded(t.text, t.start[j], h.strip(), t.end[j]);
                        out.add(new Cand(s, t.end[k], EntityType.ORGANIZATION, ge.canonical(), j, k + 1,
                                PRIO_TRIGGER, ge.category()));
                        return;
                    }
                }
            }
            if (firstOfType(bareHit(gaz, t, j), EntityType.LOCATION) != null && bareHit(gaz, t, j).tokEnd() == k + 1) {
                return; // "جيش “سوريا”"-like: a place in quotes is not the name
            }
            out.add(new Cand(t.start[j], t.end[k], EntityType.ORGANIZATION, clean(gaz, t, t.start[j], t.end[k]),
                    j, k + 1, PRIO_TRIGGER, null));
            return;
        }
        if (g != 0 || !wordAt(t, j)) {
            return;
        }
        int k = j;
        int innerOrgs = 0;
        Gazetteer.Entry innerOrg = null;
        int consumedOther = 0;
        if (defHead) {
            int adj = 0;
            while (k < t.size && adj < 3 && (k == j || plain(t, k)) && wordAt(t, k) && isOrgAdjective(t.norm[k])) {
                k++;
                adj++;
            }
            if (adj == 0) {
                return;
            }
            consumedOther = adj;
        } else {
            // slot 1: [indefinite construct nouns]{0,2} then a definite word / gazetteer name / Latin word
            int indef = 0;
            boolean done = false;
            while (k < t.size && (k == j || plain(t, k)) && wordAt(t, k)) {
                String w = t.norm[k];
                Gazetteer.Hit h = bareHit(gaz, t, k);
                if (h != null && !TriggerWords.STOP.contains(w)) {
                    Gazetteer.Entry oe = firstOfType(h, EntityType.ORGANIZATION);
                    if (oe != null && indef == 0) {
                        innerOrgs++;
                        innerOrg = oe;
                    } else {
                        consumedOther++;
                    }
                    k = h.tokEnd();
                    done = true;
                    break;
                }
                // "التربية", "التنمية" end a name as adjectives but are the portfolio of "وزارة التربية"
                if (isDefinite(w) && !TriggerWords.STOP.contains(w) && (!TriggerWords.ORG_ADJ_STOP.contains(w)
                        || Portfolios.HEADS.contains(head) && Portfolios.PORTFOLIO.contains(w))) {
                    k++;
                    consumedOther++;
                    done = true;
                    break;
                }
                if (isLatin(w)) {
                    k++;
                    while (k < t.size && plain(t, k) && isLatin(t.norm[k]) && k - j < 4) {
                        k++;
                    }
                    consumedOther++;
                    done = true;
                    break;
                }
                if (indef < 2 && !TriggerWords.STOP.contains(w) && !TriggerWords.ORG_HEAD.contains(w)
                        && (!w.endsWith("\u064A\u0647") || TriggerWords.ORG_MASDAR_IYA.contains(w))
                        && !w.endsWith("\u064A") && w.length() >= 3) {
                    indef++;
                    consumedOther++;
                    k++;
                    continue;
                }
                break;
            }
            if (!done) {
                return;
            }
        }
        // continuation: nisba adjectives and (for institutional heads) a لـ genitive
        int max = j + 8;
        while (k < t.size && k < max && plain(t, k) && wordAt(t, k)) {
            String w = t.norm[k];
            if (isOrgAdjective(w)) {
                k++;
                consumedOther++;
                continue;
            }
            if (TriggerWords.ORG_LAM_HEADS.contains(head)
                    && (TriggerWords.ORG_LAM_WORDS.contains(w) || (w.startsWith("\u0644\u0644") && w.length() >= 5
                    && !w.equals("للصحفيين") && !w.equals("للصحافه") && !w.equals("للاعلام")))) {
                k++;
                consumedOther++;
                if (!w.startsWith("\u0644\u0644") && plain(t, k) && wordAt(t, k) && isDefinite(t.norm[k])
                        && !TriggerWords.STOP.contains(t.norm[k])) {
                    k++; // لحقوق الإنسان
                }
                continue;
            }
            break;
        }
        if (!defHead && Portfolios.HEADS.contains(head)) {
            k = Portfolios.coordinatedEnd(t, k); // "وزارة الاقتصاد والتجارة": one ministry of two portfolios
        }
        int end = t.end[k - 1];
        String norm;
        if (innerOrgs == 1 && consumedOther == 0) {
            norm = innerOrg.canonical(); // "وكالة سانا" → سانا, "قوات قسد" → قوات سوريا الديمقراطية
        } else {
            Gazetteer.Entry whole = null;
            for (Gazetteer.Hit h : gaz.matchesAt(t, i)) {
                if (h.tokEnd() == k && h.strip() == strip) {
                    whole = firstOfType(h, EntityType.ORGANIZATION);
                    break;
                }
            }
            norm = whole != null ? whole.canonical() : ArabicText.clean(t.text.substring(headStart, end));
            if (whole == null && head.startsWith("\u0627\u0644") && norm.startsWith("\u0644")) {
                norm = "\u0627" + norm; // "للقوات المسلحة" → "القوات المسلحة"
            }
        }
        out.add(new Cand(headStart, end, EntityType.ORGANIZATION, norm, i, k, PRIO_TRIGGER, null));
    }

    static boolean isOrgAdjective(String w) {
        if (TriggerWords.ORG_ADJ_STOP.contains(w) || TriggerWords.STOP.contains(w)) {
            return false;
        }
        return TriggerWords.ORG_ADJ_EXTRA.contains(w) || isNisba(w);
    }
}
