package org.isnad.extraction.engine.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.Quantity;
import org.isnad.extraction.engine.lexicon.GazetteerEntityRecognizer;
import org.isnad.extraction.engine.quantity.QuantityRecognizer;
import org.isnad.extraction.engine.temporal.DateMention;
import org.isnad.extraction.engine.temporal.DateRecognizer;
import org.isnad.extraction.engine.text.NormalizedText;

/**
 * Adapters from the colleague's recognisers (packages {@code lexicon}, {@code temporal}, {@code quantity},
 * integrated as delivered) to {@link EntityFinder}. They work on the ORIGINAL text and return original
 * offsets. Arabic only; English goes through {@link RuleEntityFinder}.
 */
public final class LexiconFinders {
    private LexiconFinders() {
    }

    private static final String[] VAGUE = {"ايام", "اسابيع", "اشهر", "سنوات", "بضع", "قليل", "عده", "عقود"};

    /** Approximate counts: "قبل بضعة أشهر" stays vague whatever follows. */
    private static final String[] APPROXIMATE = {"بضع", "قليل", "عده"};

    /** Cardinals 3–10 (folded, with and without ة) that make a plural period exact: "قبل ثلاث سنوات". */
    private static final java.util.Set<String> CARDINALS = org.isnad.extraction.engine.lexicon.ArabicText.wordSet(
            "ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة");

    static boolean vague(String text) {
        String f = org.isnad.extraction.engine.text.Fold.fold(text);
        for (int i = 0; i < f.length(); i++) {
            if (Character.isDigit(f.charAt(i))) {
                return false;
            }
        }
        for (String a : APPROXIMATE) {
            if (f.contains(a)) {
                return true;
            }
        }
        for (String w : f.split(" ")) {
            if (CARDINALS.contains(w)) {
                return false;
            }
        }
        for (String v : VAGUE) {
            if (f.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /** "منذ يومين", "ومنذ ثلاثة أشهر": a length of time up to now, not a point in time. */
    static boolean sinceDuration(String text) {
        String f = org.isnad.extraction.engine.text.Fold.fold(text);
        return f.startsWith("منذ ") || f.startsWith("ومنذ ");
    }

    /** "للجيش" tagged from its second ل: start after the clitic instead ("جيش الأمريكي"), like the rule finder. */
    static List<Entity> fixClitics(String original, List<Entity> in) {
        List<Entity> out = new ArrayList<>(in.size());
        for (Entity e : in) {
            if (e.text().length() > 3 && e.text().charAt(0) == 'ل' && e.start() > 0
                    && original.charAt(e.start() - 1) == 'ل' && e.text().charAt(1) != 'ل') {
                out.add(new Entity(e.text().substring(1), e.type(), e.start() + 1, e.end(), e.normalized()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean arabic(String language) {
        return "ar".equals(language);
    }

    /**
     * All three recognisers over ONE tokenisation ({@link org.isnad.extraction.engine.lexicon.Tokens}, the
     * colleague's tokenizer): gazetteer/trigger names, dates, quantities (quantities inside dates removed).
     */
    public static final class All implements EntityFinder {
        private final GazetteerEntityRecognizer gaz = new GazetteerEntityRecognizer();
        private final DateRecognizer dates = new DateRecognizer();
        private final QuantityRecognizer quantities = new QuantityRecognizer();

        @Override
        public List<Entity> find(NormalizedText text, String language) {
            return find(text, language, null);
        }

        @Override
        public List<Entity> find(NormalizedText text, String language, LocalDate articleDate) {
            if (!arabic(language)) {
                return List.of();
            }
            String original = text.original();
            org.isnad.extraction.engine.lexicon.Tokens toks = org.isnad.extraction.engine.lexicon.Tokens.of(original);
            List<Entity> out = new ArrayList<>(fixClitics(original, gaz.find(toks)));
            List<DateMention> ds = dates.find(toks, articleDate);
            addDates(ds, out);
            for (Quantity q : QuantityRecognizer.withoutDates(quantities.find(toks, List.of()), ds)) {
                out.add(new Entity(q.text(), EntityType.QUANTITY, q.start(), q.end(), quantityNorm(q)));
            }
            return out;
        }

        @Override
        public int priority() {
            return 2;
        }

        @Override
        public String name() {
            return "lexicon+temporal+quantity";
        }
    }

    /**
     * Dates as entities (ISO when resolved). A relative expression is a date even without an article date to
     * resolve it ("هذا العام", "الشهر الماضي", "قبل ثلاث سنوات" name a point in time a checker can pin down
     * from the publication date); vague durations ("الأيام الماضية", "قبل بضعة أشهر") and spans counted with
     * منذ ("منذ يومين" = "for two days") are not dates for a checker.
     */
    static void addDates(List<DateMention> mentions, List<Entity> out) {
        for (DateMention d : mentions) {
            if (d.relative() && (vague(d.text()) || sinceDuration(d.text()))) {
                continue;
            }
            out.add(new Entity(d.text(), EntityType.DATE, d.start(), d.end(), d.iso() != null ? d.iso() : d.text()));
        }
    }

    static String quantityNorm(Quantity q) {
        return q.value() == null ? q.text() : (q.value() == Math.floor(q.value()) && !Double.isInfinite(q.value())
                ? String.valueOf(q.value().longValue()) : String.valueOf(q.value()));
    }

    /** Gazetteer + trigger PERSON / ORGANIZATION / LOCATION. */
    public static final class Gazetteer implements EntityFinder {
        private final GazetteerEntityRecognizer rec = new GazetteerEntityRecognizer();

        @Override
        public List<Entity> find(NormalizedText text, String language) {
            return arabic(language) ? fixClitics(text.original(), rec.find(text.original())) : List.of();
        }

        @Override
        public int priority() {
            return 2;
        }

        @Override
        public String name() {
            return "lexicon.Gazetteer";
        }
    }

    /** Dates (Gregorian, Levantine/Egyptian month names, Hijri, relative to the article date). */
    public static final class Dates implements EntityFinder {
        private final DateRecognizer rec = new DateRecognizer();

        @Override
        public List<Entity> find(NormalizedText text, String language) {
            return find(text, language, null);
        }

        @Override
        public List<Entity> find(NormalizedText text, String language, LocalDate articleDate) {
            if (!arabic(language)) {
                return List.of();
            }
            List<Entity> out = new ArrayList<>();
            addDates(rec.find(text.original(), articleDate), out);
            return out;
        }

        @Override
        public int priority() {
            return 2;
        }

        @Override
        public String name() {
            return "temporal.Dates";
        }
    }

    /** Quantities (digits, number words, scales, units, approximators). */
    public static final class Quantities implements EntityFinder {
        private final QuantityRecognizer rec = new QuantityRecognizer();

        @Override
        public List<Entity> find(NormalizedText text, String language) {
            if (!arabic(language)) {
                return List.of();
            }
            List<Entity> out = new ArrayList<>();
            for (Quantity q : rec.find(text.original())) {
                out.add(new Entity(q.text(), EntityType.QUANTITY, q.start(), q.end(), quantityNorm(q)));
            }
            return out;
        }

        @Override
        public int priority() {
            return 2;
        }

        @Override
        public String name() {
            return "quantity.Quantities";
        }
    }
}
