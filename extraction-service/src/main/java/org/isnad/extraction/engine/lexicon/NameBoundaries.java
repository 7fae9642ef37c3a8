package org.isnad.extraction.engine.lexicon;

import java.util.Set;

/**
 * Word-level evidence that a person name ends (or cannot start) here, shared by the two person finders
 * ({@link PersonRules} and the engine's {@code ArabicNameRules}). Checks that need the original spelling
 * (hamza, alef maqsura, ة vs ه) take the word as written; set look-ups take folded words.
 */
public final class NameBoundaries {
    private NameBoundaries() {
    }

    /** Compass words: "خان يونس جنوبي القطاع", "وادي موسى شمالي المدينة" – a place follows, not a surname. */
    public static final Set<String> DIRECTIONS = ArabicText.wordSet("""
            شمال جنوب شرق غرب شمالي جنوبي شرقي غربي
            """);

    /**
     * Place and facility nouns whose genitive is often a given name: "وادي موسى", "مستشفى ناصر",
     * "خان يونس", "شارع فيصل", "مسجد عمر". After them a given name is part of a place name.
     */
    public static final Set<String> PLACE_NOUNS = ArabicText.wordSet("""
            وادي مستشفى مشفى شارع خان مسجد جامع مدرسة جامعة ساحة ميدان دوار جسر مطار معبر قلعة جبل تل بئر
            حي مخيم قرية بلدة مدينة ضريح مقام كلية مرفأ ميناء نفق سوق
            """);

    /** A folded word, with one proclitic (و ب ل ف) allowed, that is a place noun of {@link #PLACE_NOUNS}. */
    public static boolean isPlaceNoun(String folded) {
        if (PLACE_NOUNS.contains(folded)) {
            return true;
        }
        return folded.length() > 3 && "وبلف".indexOf(folded.charAt(0)) >= 0 && PLACE_NOUNS.contains(folded.substring(1));
    }

    /**
     * A word as written that starts with a conjunction or preposition fused to the article or to a hamza
     * (والري، للمديرية، بالقرب، وإجلاء، وأكد): a new phrase, never a name word. Names that begin with و
     * (وليد، وائل، وسام) do not continue with أ/إ/آ or ال.
     */
    public static boolean startsWithCliticPhrase(String word) {
        int n = word.length();
        if (n >= 5 && (word.startsWith("وال") || word.startsWith("بال") || word.startsWith("فال") || word.startsWith("كال"))) {
            return true;
        }
        if (n >= 4 && word.startsWith("لل")) {
            return true;
        }
        if (n >= 3 && word.charAt(0) == 'و') {
            char c = word.charAt(1);
            return c == 'أ' || c == 'إ' || c == 'آ';
        }
        return false;
    }

    /** A noun with a possessive pronoun (مفوضيها، قادتهم، قوله): not a name word. */
    public static boolean pronounSuffixed(String word) {
        int n = word.length();
        return n >= 5 && (word.endsWith("ها") || word.endsWith("هم") || word.endsWith("هما"));
    }

    /** The word without harakat, shadda and tatweel ("وَأكّد" → "وأكد"), letters kept as written. */
    public static String withoutMarks(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= '\u064B' && c <= '\u0652') && c != '\u0670' && c != '\u0640') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** "على" written with alef maqsura is the preposition, not the given name علي. */
    public static boolean isPrepositionAla(String word) {
        return word.equals("على") || word.equals("وعلى") || word.equals("فعلى");
    }
}
