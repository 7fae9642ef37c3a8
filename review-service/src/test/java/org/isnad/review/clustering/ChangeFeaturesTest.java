package org.isnad.review.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The hand-written lexicon, the alignment by knowledge and the "what changed" features, on
 * hand-written claims (none from ANS).
 */
class ChangeFeaturesTest {

    /** Indices of the dense features that fire on a pair. */
    private static Set<Integer> fired(String a, String b) {
        PreparedClaim x = PreparedClaim.of(a), y = PreparedClaim.of(b);
        Set<Integer> out = new HashSet<>();
        PairFeatures.extract(x, y, ClaimMatcher.guards(x, y, ClaimMatcher.ALL_GUARDS, null), (i, v, s, t) -> {
            if (i < PairFeatures.DENSE && v != 0) out.add(i);
        });
        return out;
    }

    @Test
    void lexiconKnowsOppositesAndSynonyms() {
        long up = Lexicon.of("ارتفاع"), down = Lexicon.of("انخفاض");
        assertNotEquals(0, up);
        assertEquals(Lexicon.opposite(up), down & Lexicon.opposite(up));
        assertTrue(Lexicon.antonyms(up, down));
        assertFalse(Lexicon.antonyms(up, up | down), "a claim using both sides is not exclusively opposite");
        assertEquals(up, Lexicon.of("ارتفاعا"), "accusative tanween alif");
        assertEquals(up, Lexicon.of("والارتفاع"), "clitics");
        assertTrue((Lexicon.of("يصعد") & up) != 0, "same concept: near-synonyms");
        assertTrue((Lexicon.synonymsOf("صرح") & Lexicon.synonymsOf("أعلن".replace('أ', 'ا'))) != 0);
        assertEquals(0, Lexicon.of("سيارة"));
    }

    @Test
    void clausesGiveEachWordItsOwnCue() {
        List<String> toks = ArabicText.tokens(ArabicText.normalize("الذهب يرتفع مع تراجع الدولار"));
        long[] concepts = new long[toks.size()];
        for (int t = 0; t < toks.size(); t++) concepts[t] = Lexicon.of(toks.get(t));
        long[] clause = Lexicon.clauses(toks, concepts);
        assertEquals(Lexicon.of("يرتفع"), clause[0], "الذهب rises");
        assertEquals(Lexicon.of("تراجع"), clause[4], "الدولار falls");
    }

    @Test
    void aCueMovedToTheOppositeWordIsACueFlip() {
        Set<Integer> f = fired("ارتفاع أسعار القمح مع هبوط أسعار الذرة", "هبوط أسعار القمح مع ارتفاع أسعار الذرة");
        assertTrue(f.contains(PairFeatures.CUE_FLIP), f.toString());
        assertFalse(f.contains(PairFeatures.ANTONYMS), "both claims use both cues");
        assertFalse(fired("القمح يرتفع مع هبوط الذرة", "ارتفاع القمح مع هبوط الذرة").contains(PairFeatures.CUE_FLIP));
    }

    @Test
    void antonymsAmongTheDifferingWords() {
        Set<Integer> f = fired("البورصة تسجل أعلى مستوى في عام", "البورصة تسجل أدنى مستوى في عام");
        assertTrue(f.contains(PairFeatures.ANTONYMS) && f.contains(PairFeatures.ANTONYM_SWAP), f.toString());
        assertTrue(fired("النواب يحضرون الجلسة", "النواب يغيبون عن حضور الجلسة").contains(PairFeatures.ANTONYM_SWAP),
                "an opposite added against a concept of the other claim");
    }

    @Test
    void synonymsEntitiesAndRootsAreAligned() {
        Set<Integer> f = fired("بكين تحذر من حرب تجارية", "الصين تهدد من حرب تجارية");
        assertTrue(f.contains(PairFeatures.SYNONYMS), f.toString());
        assertFalse(f.contains(PairFeatures.DIFF_MAX), "nothing left unaligned: " + f);
        assertTrue(fired("مراقبة مشددة على الحدود التركية", "تركيا تراقب الحدود بشكل مشدد").contains(PairFeatures.SAME_ROOT));
        assertEquals("رقب", PreparedClaim.rootKey(PreparedClaim.skeleton("مراقب")));
        assertEquals(PreparedClaim.rootKey(PreparedClaim.skeleton("مطالبات")), PreparedClaim.rootKey(PreparedClaim.skeleton("تطالب")));
        assertNotEquals(PreparedClaim.rootKey("هلوود"), PreparedClaim.rootKey("بلوود"));
        assertNull(PreparedClaim.rootKey("2018"));
    }

    @Test
    void rolesSwappedAroundAVerbButNotAVerbMovedToTheFront() {
        Set<Integer> f = fired("ميركل تنتقد ماكرون بشدة", "ماكرون ينتقد ميركل بشدة");
        assertTrue(f.contains(PairFeatures.ROLES_SWAPPED) && f.contains(PairFeatures.ENTITIES_SWAPPED)
                && f.contains(PairFeatures.NEAR_COPY_ENTITIES_SWAPPED), f.toString());
        Set<Integer> g = fired("الحكومة المصرية تقر الموازنة الجديدة", "تقر الحكومة المصرية الموازنة الجديدة");
        assertFalse(g.contains(PairFeatures.ROLES_SWAPPED), g.toString());
    }

    @Test
    void datesCountAsNumbersAndFramingWordsAreNotCompared() {
        Match m = new ClaimMatcher().match("احتفالات عيد العمال في مايو", "احتفالات عيد العمال في سبتمبر");
        assertFalse(m.sameClaim(), m.toString());
        assertTrue(m.reasons().stream().anyMatch(r -> r.startsWith("numbers differ")), m.reasons().toString());
        assertFalse(PreparedClaim.of("مصر تعلن رفع أسعار الغاز").stems().contains("تعلن"));
        assertTrue(PreparedClaim.of("مصر تعلن رفع أسعار الغاز").stems().contains("غاز"));
        assertNotNull(Cues.DATES.get(ArabicText.normalize("أغسطس")));
        assertNull(Cues.lookup(Cues.DATES, "احد"), "أحد (one of) is not Sunday");
    }

    @Test
    void theSharedHeadlineStillMatchesAndTheNewContradictionsDoNot() {
        ClaimMatcher matcher = new ClaimMatcher();
        Match same = matcher.match("مصر تعلن رفع أسعار الغاز الطبيعي اعتبارا من أغسطس", "مصر: رفع أسعار الغاز الطبيعي في أغسطس");
        assertTrue(same.sameClaim(), same.toString());
        Match flip = matcher.match("ارتفاع أسعار القمح مع هبوط أسعار الذرة", "هبوط أسعار القمح مع ارتفاع أسعار الذرة");
        assertFalse(flip.sameClaim(), flip.toString());
    }
}
