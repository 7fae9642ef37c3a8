package org.isnad.extraction.engine.lexicon;

import static org.isnad.extraction.engine.lexicon.GazetteerEntityRecognizer.*;
import static org.isnad.extraction.engine.lexicon.OrgTriggerRules.*;
import static org.isnad.extraction.engine.lexicon.PlaceTriggerRules.*;
import static org.isnad.extraction.engine.lexicon.RecognizerTokens.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;

/** Persons: title/honorific triggers, given-name heuristics, name parsing and propagation of surnames, for {@link GazetteerEntityRecognizer}. */
final class PersonRules {
    private PersonRules() {
    }

    // =============================================================================================
    // pass 4: person triggers and heuristics

    static void personTrigger(Gazetteer gaz, Tokens t, TokenReadings rd, int i, List<Cand> out) {
        Object[] th = readingIn(rd, i, TriggerWords.PERSON_TITLE);
        if (th == null) {
            return;
        }
        if (t.norm[i].equals("ولي") && !(plain(t, i + 1) && wordAt(t, i + 1) && GUARDIANSHIP.contains(t.norm[i + 1]))) {
            return; // "ولي" is a title only in "ولي العهد / ولي الأمر"; "ولّى" is the verb "has become"
        }
        if (i > 0 && t.gap[i] == 0 && NameBoundaries.isPlaceNoun(t.norm[i - 1])) {
            return; // "مستشفى الملكة رانيا", "شارع الملك فيصل": a facility named after a person
        }
        int k = i + 1;
        int mods = 0;
        boolean comma = false;
        // modifiers
        while (k < t.size && mods < 10) {
            int g = t.gap[k];
            if (g != 0) {
                if ((g & ~Tokens.GAP_DOT) == 0 && k == i + 1 && t.norm[i].length() == 1) {
                    // "د. أحمد"
                } else if ((g & ~Tokens.GAP_COMMA) == 0 && !comma && mods > 0) {
                    comma = true;
                    break;
                } else {
                    return;
                }
            }
            if (t.number[k]) {
                return;
            }
            String w = t.norm[k];
            Gazetteer.Hit h = bareHit(gaz, t, k);
            if (h != null) {
                if (firstOfType(h, EntityType.PERSON) != null) {
                    return; // the gazetteer pass names this person
                }
                k = h.tokEnd();
                mods++;
                continue;
            }
            if (TriggerWords.PERSON_TITLE.contains(w) || w.equals("باسم") || MOD_NOUNS.contains(w)) {
                k++;
                mods++;
                continue;
            }
            if (w.equals("في") && k + 1 < t.size && plain(t, k + 1)) {
                String nx = t.norm[k + 1];
                if (MOD_NOUNS.contains(nx)) {
                    k += 2;
                    mods += 2;
                    continue;
                }
                return;
            }
            if (TriggerWords.STOP.contains(w)) {
                return;
            }
            if (isDefinite(w) || NameBoundaries.startsWithCliticPhrase(written(t, k))) {
                k++; // "وزير الموارد المائية والري، X", "الرئيسة المشتركة للمديرية، X"
                mods++;
                continue;
            }
            Object[] lam = readingIn(rd, k, TriggerWords.ORG_HEAD);
            if (TriggerWords.ORG_HEAD.contains(w) || TriggerWords.LOC_ADMIN.contains(w)
                    || (lam != null && (Integer) lam[1] > 0)) {
                k++;
                mods++;
                continue;
            }
            // indefinite construct noun followed by a definite word or a place: "خارجية روسيا"
            if (!gaz.isFirstName(w) && !gaz.isAmbiguousFirstName(w) && plain(t, k + 1) && wordAt(t, k + 1)
                    && (isDefinite(t.norm[k + 1]) || bareHit(gaz, t, k + 1) != null)
                    && !TriggerWords.NAME_CONNECTOR.contains(w)) {
                k++;
                mods++;
                continue;
            }
            break; // candidate name start
        }
        if (k >= t.size) {
            return;
        }
        int[] name = parseName(gaz, t, k, true);
        if (name == null) {
            return;
        }
        addPerson(gaz, t, k, name[0], out, PRIO_TRIGGER);
    }

    /** A given name (unambiguous) followed by a surname, with no title. */
    static void givenNameHeuristic(Gazetteer gaz, Tokens t, int i, List<Cand> out) {
        String w = t.norm[i];
        boolean given = gaz.isFirstName(w);
        if (!given && TriggerWords.NAME_CONNECTOR.contains(w) && plain(t, i + 1) && wordAt(t, i + 1)) {
            given = gaz.isFirstName(w + " " + t.norm[i + 1]);
        }
        if (!given) {
            return;
        }
        if (i > 0 && t.gap[i] == 0 && inSet(TriggerWords.PERSON_TITLE, t.norm[i - 1])) {
            return; // handled by the title rule
        }
        if (i > 0 && t.gap[i] == 0 && NameBoundaries.isPlaceNoun(t.norm[i - 1])) {
            return; // "وادي موسى", "مستشفى ناصر": a place named after a person
        }
        int[] name = parseName(gaz, t, i, false);
        if (name == null || name[0] - i < 2) {
            return;
        }
        addPerson(gaz, t, i, name[0], out, PRIO_HEURISTIC);
    }

    /**
     * Parses 1–3 name words (connectors عبد/أبو/بن take the next word) from token k. With {@code titled}
     * false, the first word must be a known given name and a surname must follow. Returns {endExclusive}.
     */
    static int[] parseName(Gazetteer gaz, Tokens t, int k, boolean titled) {
        if (!wordAt(t, k)) {
            return null;
        }
        String w = t.norm[k];
        if (w.length() < 2 || TriggerWords.STOP.contains(w) || isDefinite(w) || isLatinSymbolic(w)
                || notANameWord(t, k)) {
            return null;
        }
        if (TriggerWords.PERSON_TITLE.contains(w) || TriggerWords.ORG_HEAD.contains(w)
                || TriggerWords.LOC_ADMIN.contains(w) || TriggerWords.LOC_FEATURE.contains(w)) {
            return null;
        }
        Gazetteer.Hit h = bareHit(gaz, t, k);
        if (h != null && firstOfType(h, EntityType.PERSON) == null || CliticPlaces.placeAfterClitic(gaz, t, k)) {
            return null;
        }
        int e = k;
        int words = 0;
        while (e < t.size && words < 3) {
            if (e > k && !plain(t, e)) {
                break;
            }
            if (!wordAt(t, e)) {
                break;
            }
            String x = t.norm[e];
            if (TriggerWords.NAME_CONNECTOR.contains(x)) {
                if (!plain(t, e + 1) || !wordAt(t, e + 1) || TriggerWords.STOP.contains(t.norm[e + 1])) {
                    break;
                }
                e += 2;
                words++;
                continue;
            }
            if (e > k) {
                if (TriggerWords.STOP.contains(x) || TriggerWords.PERSON_TITLE.contains(x)
                        || TriggerWords.ORG_HEAD.contains(x) || TriggerWords.LOC_ADMIN.contains(x)
                        || TriggerWords.DIRECTIONAL.contains(x) || NameBoundaries.DIRECTIONS.contains(x)
                        || isLatinSymbolic(x) || notANameWord(t, e)) {
                    break;
                }
                Gazetteer.Hit gh = bareHit(gaz, t, e);
                if (gh != null && firstOfType(gh, EntityType.PERSON) == null
                        || CliticPlaces.placeAfterClitic(gaz, t, e)) {
                    break;
                }
                if (isDefinite(x)) {
                    if (TriggerWords.ORG_ADJ_STOP.contains(x)) {
                        break;
                    }
                    e++;
                    words++;
                    break; // a definite surname ends the name
                }
                if (x.length() < 2) {
                    break;
                }
            }
            e++;
            words++;
        }
        if (e == k) {
            return null;
        }
        if (!titled) {
            if (e - k < 2) {
                return null;
            }
            String second = t.norm[k + 1];
            if (TriggerWords.NAME_CONNECTOR.contains(t.norm[k]) && e - k < 3) {
                return null; // "عبد الله" alone
            }
            if (second.length() < 3 && !TriggerWords.NAME_CONNECTOR.contains(second)) {
                return null;
            }
        }
        return new int[] {e};
    }

    /** Words after which "ولي" is the title (ولي العهد، ولي الأمر). */
    static final java.util.Set<String> GUARDIANSHIP = ArabicText.wordSet("العهد الأمر");

    /** Token k as written in the text (hamza, ى and ة not folded). */
    static String written(Tokens t, int k) {
        return NameBoundaries.withoutMarks(t.text.substring(t.start[k], t.end[k]));
    }

    /** Conjunction/preposition + article or hamza (والري، وإجلاء), or a pronoun-suffixed noun (مفوضيها). */
    static boolean notANameWord(Tokens t, int k) {
        String w = written(t, k);
        return NameBoundaries.startsWithCliticPhrase(w) || NameBoundaries.pronounSuffixed(w);
    }

    static void addPerson(Gazetteer gaz, Tokens t, int from, int toExcl, List<Cand> out, int prio) {
        int s = t.start[from];
        int e = t.end[toExcl - 1];
        Gazetteer.Entry pe = null;
        for (Gazetteer.Hit h : gaz.bareMatchesAt(t, from)) {
            if (h.tokEnd() == toExcl) {
                pe = firstOfType(h, EntityType.PERSON);
                break;
            }
        }
        String norm = pe != null ? pe.canonical() : ArabicText.clean(t.text.substring(s, e));
        out.add(new Cand(s, e, EntityType.PERSON, norm, from, toExcl, prio, Gazetteer.Category.PERSON));
    }

    /** Re-finds names already recognised in this text (full name and surname alone). */
    static void propagateNames(Gazetteer gaz, Tokens t, TokenReadings rd, List<Cand> accepted) {
        Map<String, List<Object[]>> byFirst = null; // first folded token → {String[] tokens, canonical}
        Map<String, String> surnames = null;        // "رحمون" → canonical
        for (Cand c : accepted) {
            if (c.type != EntityType.PERSON || c.te - c.ts < 2 || c.category != Gazetteer.Category.PERSON) {
                continue;
            }
            if (byFirst == null) {
                byFirst = new HashMap<>();
                surnames = new HashMap<>();
            }
            String[] toks = java.util.Arrays.copyOfRange(t.norm, c.ts, c.te);
            byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>(2)).add(new Object[] {toks, c.norm});
            String sur = toks[toks.length - 1];
            if (sur.length() >= 3 && !TriggerWords.STOP.contains(sur) && !gaz.isFirstName(sur)
                    && !gaz.isAmbiguousFirstName(sur) && !TriggerWords.NAME_CONNECTOR.contains(toks[toks.length - 2])
                    && gaz.bareMatchesAt(t, c.te - 1).isEmpty()) {
                surnames.putIfAbsent(sur, c.norm);
            }
        }
        if (byFirst == null) {
            return;
        }
        boolean[] covered = new boolean[t.size];
        for (Cand c : accepted) {
            for (int k = Math.max(0, c.ts); k < c.te && k < t.size; k++) {
                covered[k] = true;
            }
        }
        List<Cand> extra = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
            if (covered[i] || t.number[i]) {
                continue;
            }
            List<Object[]> names = byFirst.get(t.norm[i]);
            boolean done = false;
            if (names != null) {
                for (Object[] nm : names) {
                    String[] toks = (String[]) nm[0];
                    int len = toks.length;
                    if (i + len > t.size) {
                        continue;
                    }
                    boolean ok = true;
                    for (int k = 1; k < len; k++) {
                        if (covered[i + k] || t.gap[i + k] != 0 || !t.norm[i + k].equals(toks[k])) {
                            ok = false;
                            break;
                        }
                    }
                    if (ok) {
                        extra.add(new Cand(t.start[i], t.end[i + len - 1], EntityType.PERSON, (String) nm[1], i,
                                i + len, PRIO_HEURISTIC, Gazetteer.Category.PERSON));
                        for (int k = i; k < i + len; k++) {
                            covered[k] = true;
                        }
                        i += len - 1;
                        done = true;
                        break;
                    }
                }
            }
            if (done) {
                continue;
            }
            for (int r = 0, n = rd.count(i); r < n; r++) {
                if (rd.strip(i, r) > 1) {
                    continue;
                }
                String canon = surnames.get(rd.form(i, r));
                if (canon != null) {
                    int s = ArabicText.skipFolded(t.text, t.start[i], rd.strip(i, r), t.end[i]);
                    extra.add(new Cand(s, t.end[i], EntityType.PERSON, canon, i, i + 1, PRIO_HEURISTIC,
                            Gazetteer.Category.PERSON));
                    covered[i] = true;
                    break;
                }
            }
        }
        accepted.addAll(extra);
    }
}
