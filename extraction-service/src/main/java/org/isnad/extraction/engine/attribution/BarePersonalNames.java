package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.attribution.ArabicAttributor.LEX;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.HONORIFICS;
import static org.isnad.extraction.engine.attribution.ArabicLexicons.TITLES;
import static org.isnad.extraction.engine.attribution.PersonNames.isNisbaAdjective;
import static org.isnad.extraction.engine.attribution.PersonNames.lamGenitive;
import static org.isnad.extraction.engine.attribution.SpeakerSpans.notName;
import static org.isnad.extraction.engine.attribution.SpeakerSpans.stop;

import org.isnad.extraction.engine.lexicon.Gazetteer;
import org.isnad.extraction.engine.text.Token;

/**
 * A speaker phrase of one to three bare words that no lexicon knows ("وتقول نجاة", "فقالت سنية بن عمر",
 * "وأضافت تشيرنينكو"). Institutions, outlets and places are introduced by a head noun or are in the gazetteer; a
 * short unknown phrase in subject position right after a reporting cue is, in news prose, a personal name, so it
 * is a NAMED_PERSON rather than an official body.
 */
final class BarePersonalNames {

    /** Heads of bodies that the shared lists lack (general knowledge: courts, offices, services). */
    private static final java.util.Set<String> MORE_INSTITUTION_HEADS = ArabicLexicons.set("ديوان", "دار",
            "محكمة", "نيابة", "شرطة", "إدارة", "سلطة", "بعثة", "قناة", "إذاعة", "هيئات", "مصلحة", "وكالة", "مجمع",
            "الديوان", "الشرطة", "الإدارة", "السلطة", "الحكومة", "الرئاسة");

    private BarePersonalNames() {
    }

    /**
     * Female given names end like the feminine nisba (سنية، فوزية، رقية: folded ـيه). Followed by a name connector
     * ("سنية بن عمر") or closed by an article-led family name ("سنية العبيدي"), the first word is a given name; a
     * described woman ("قيادية بارزة", "إعلامية سورية") is not.
     */
    private static boolean feminineGivenName(ParagraphContext c, int k, int a, int b) {
        if (k != a || b - a < 2) {
            return false;
        }
        String last = c.f[b - 1];
        return SpeakerResolver.NAME_CONNECTORS.contains(c.f[a + 1])
                || last.startsWith("ال") && !isNisbaAdjective(last) && !PersonNames.isNisbaAdjective(last);
    }

    static boolean isBarePersonalName(ParagraphContext c, int a, int b) {
        if (b - a < 1 || b - a > 3) {
            return false;
        }
        if (a > 0 && b < c.toks.size() && c.toks.get(a - 1).isQuote() && c.toks.get(b).isQuote()) {
            return false; // «صدى المدينة»: news sets the names of outlets and bodies in quotes, never a person's
        }
        for (int k = a; k < b; k++) {
            String f = c.f[k];
            boolean connector = SpeakerResolver.NAME_CONNECTORS.contains(f);
            if (c.toks.get(k).kind() != Token.Kind.WORD || f.length() < 3 && !connector || stop(c, k)
                    || notName(c, k) || LEX.lookup(f) != null || LEX.isComplementizer(f) || TITLES.contains(f)
                    || TITLES.contains("ال" + f) || HONORIFICS.contains(f) || lamGenitive(f)
                    || SpeakerResolver.OFFICIAL_PERSON_HEADS.contains(f) || SpeakerResolver.PERSON_HEADS.contains(f)
                    || SpeakerResolver.INSTITUTION_HEADS.contains(f) || ArabicLexicons.anonHead(f)
                    || MORE_INSTITUTION_HEADS.contains(f) || DefiniteAntecedents.INSTITUTION_HEADS.contains(f)
                    || AnonymityMarkers.ANON_MARKERS.contains(f)
                    || f.startsWith("لل") || f.startsWith("بال") || isNisbaAdjective(f) && !feminineGivenName(c, k, a, b)) {
                return false;
            }
            // an article-led word is a family name only in last position after a given name (سنية بن عمر,
            // رياض الشوّاشي); a phrase opening with ال is a definite noun (الرئاسة، الشرطة)
            if (f.startsWith("ال") && (k == a || k < b - 1)) {
                return false;
            }
        }
        Gazetteer.Entry[] known = Gazetteer.get().lookupPhrase(c.orig(a, b));
        if (known != null) {
            for (Gazetteer.Entry e : known) {
                if (e.type() != org.isnad.extraction.engine.EntityType.PERSON) {
                    return false; // a gazetteer place or organisation ("وقالت موسكو", "وأضافت أرامكو")
                }
            }
        }
        return true;
    }
}
