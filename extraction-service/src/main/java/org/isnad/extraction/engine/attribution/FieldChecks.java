package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;

/**
 * "بحسب ما رصدته «الديرة» في جولة", "وفق ما عاينته «المنصة»": what a quoted name observed on the ground (رصد،
 * عاين، وثّق) is a news site's own field check — the outlet, not an official body. A quoted name alone carries no
 * institution head, so without this it falls through to OFFICIAL.
 */
final class FieldChecks {
    private FieldChecks() {
    }

    /** The attribution, retyped OUTLET when the relative verb at {@code verb} is a field check by a quoted name. */
    static Attribution retype(ParagraphContext c, int verb, int j, int spEnd, Attribution a) {
        if (verb < 0 || a.sourceType() != SourceType.OFFICIAL || !fieldCheck(c.f[verb]) || spEnd - j < 3
                || !c.toks.get(j).isQuote() || !c.toks.get(spEnd - 1).isQuote()) {
            return a;
        }
        for (int q = j + 1; q < spEnd - 1; q++) {
            if (c.toks.get(q).isQuote()) {
                return a; // two quoted spans: not one name
            }
        }
        return new Attribution(SourceType.OUTLET, a.source(), a.outlet(), a.cue());
    }

    private static boolean fieldCheck(String folded) {
        String f = folded.startsWith("و") ? folded.substring(1) : folded;
        return f.startsWith("رصد") || f.startsWith("عاين") || f.startsWith("وثق");
    }

    private static final java.util.Set<String> TIMES_OF_DAY = ArabicLexicons.set("صباح", "مساء", "ظهر", "ظهيرة",
            "فجر", "ليلة");

    private static final java.util.Set<String> DAYS = ArabicLexicons.set("اليوم", "أمس", "الأحد", "الاثنين",
            "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت");

    /**
     * "وفق ما عاينته «X» صباح اليوم في …": a time of day followed by its day ends the observer's name; the time
     * word alone ("قوات فجر …", a person "صباح") does not.
     */
    static boolean timeOfDay(ParagraphContext c, int q, int end) {
        return q + 1 < end && TIMES_OF_DAY.contains(c.f[q]) && DAYS.contains(c.f[q + 1]);
    }

    private static final java.util.Set<String> TOUR_OPENERS = ArabicLexicons.set("خلال", "في", "أثناء");
    private static final java.util.Set<String> TOURS = ArabicLexicons.set("جولة", "جولته", "جولتها", "جولات",
            "زيارة", "زيارته", "زيارتها");

    /**
     * "ورصدت «المنصة» خلال جولة في الحي أمس عبارات …", "ورصد مراسل «X» في جولة بالمدينة صباح اليوم توقف …": a
     * site (a quoted name) or its correspondent observing on a tour takes a noun object, not a complementiser — the
     * observed fact after the tour's place and time is the content (the site's own claim). The place is one ب-word
     * or في + up to three words of a construct; without a time after it only a one-word place is trusted. Returns
     * the object's start, or -1 (also for any other cue than رصد).
     */
    static int observedObjectStart(ParagraphContext c, CueLexicon.Cue cue, int spStart, int spEnd, int to) {
        if (spEnd <= spStart || !cue.lemma().equals("رصد")) {
            return -1;
        }
        boolean site = c.toks.get(spStart).isQuote() && c.toks.get(spEnd - 1).isQuote()
                || c.f[spStart].startsWith("مراسل") && spEnd - spStart >= 2;
        int q = spEnd;
        if (!site || q + 2 >= to || !TOUR_OPENERS.contains(c.f[q]) || !TOURS.contains(c.f[q + 1])) {
            return -1;
        }
        q += 2;
        int place = q;
        if (c.f[q].equals("في")) {
            q++;
            while (q < to && q - place <= 3 && word(c, q)
                    && (c.f[q].startsWith("ال") || q + 1 < to && c.f[q + 1].startsWith("ال"))) {
                q++;
            }
        } else if (word(c, q) && c.f[q].startsWith("ب") && c.f[q].length() > 3) {
            q++;
        }
        int placeEnd = q;
        while (q < to && (DAYS.contains(c.f[q]) || timeOfDay(c, q, to))) {
            q += DAYS.contains(c.f[q]) ? 1 : 2;
        }
        boolean trusted = q > placeEnd || placeEnd - place == 1 || placeEnd - place == 2 && c.f[place].equals("في");
        if (!trusted || q >= to || !word(c, q) || ArabicAttributor.LEX.isComplementizer(c.f[q])
                || ArabicLexicons.SPEAKER_STOPS.contains(c.f[q])) {
            return -1;
        }
        return q;
    }

    private static boolean word(ParagraphContext c, int q) {
        return c.toks.get(q).kind() == org.isnad.extraction.engine.text.Token.Kind.WORD;
    }
}
