package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.ArabicDateQuantityRules.*;
import static org.isnad.extraction.engine.entity.ArabicQuantityRules.*;
import static org.isnad.extraction.engine.entity.ArabicNameRules.*;
import static org.isnad.extraction.engine.entity.ArabicPersonRules.*;
import static org.isnad.extraction.engine.entity.ArabicPlaceRules.*;
import static org.isnad.extraction.engine.entity.EnglishEntityRules.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.Span;
import org.isnad.extraction.engine.attribution.ArabicLexicons;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.KeyFilter;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;
import org.isnad.extraction.engine.text.Tokenizer;

/**
 * The engine's own rule-based recogniser, the fallback for the colleagues' NER / gazetteer / temporal /
 * quantity packages: dates (day names, parts of day, Arabic double month names "تموز/يوليو", numeric dates,
 * relative "الأسبوع الماضي"), quantities (digits or number words, approximators, scales, units), persons
 * (given-name seed list, honorifics, then every later mention of a found surname), organisations (trigger
 * noun + definite modifiers, quoted names after a trigger, a short list of known acronyms/outlets),
 * locations (a small regional seed list, trigger nouns مدينة/بلدة/محافظة/ريف/حقل/مخيم …), and for English
 * capitalised runs, month/day names and numbers.
 */
public final class RuleEntityFinder implements EntityFinder {
    static Set<String> s(String... w) {
        return ArabicLexicons.set(w);
    }

    @Override
    public List<Entity> find(NormalizedText text, String language) {
        List<Entity> out = new ArrayList<>();
        try {
            Set<String> surnames = new HashSet<>();
            List<List<Token>> lines = text.lineTokens();
            boolean english = "en".equals(language) || (!"ar".equals(language) && language != null
                    && !language.equals("und"));
            if (!english) {
                BylineAuthors.add(text, lines, out);
            }
            for (List<Token> toks : lines) {
                try {
                    if (english) {
                        english(text, toks, out);
                    } else {
                        arabic(text, toks, out, surnames);
                    }
                } catch (RuntimeException e) {
                    if (Boolean.getBoolean("isnad.debug")) {
                        e.printStackTrace();
                    }
                }
            }
            if (!english && !surnames.isEmpty()) {
                String[] sn = surnames.toArray(new String[0]); // iteration order kept; no iterator per token
                for (List<Token> toks : lines) {
                    for (Token t : toks) {
                        String f = t.folded();
                        int strip = surnameStrip(f, sn);
                        if (strip >= 0) {
                            add(text, out, t.start() + strip, t.end(), EntityType.PERSON, null);
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("isnad.debug")) {
                e.printStackTrace();
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ Arabic

    static void arabic(NormalizedText text, List<Token> toks, List<Entity> out, Set<String> surnames) {
        int n = toks.size();
        String[] f = new String[n];
        for (int i = 0; i < n; i++) {
            f[i] = toks.get(i).folded();
        }
        for (int i = OutletMentions.datelineOutlet(text, toks, out); i < n; i++) {
            Token t = toks.get(i);
            if (t.kind() != Token.Kind.NUMBER && !Starts.contains(f[i]) && !CountedDuals.dualEnding(f[i])) {
                continue; // no rule below can start at this token: each would return 0 (see Starts)
            }
            int used = TimePhraseDates.at(text, toks, f, i, out);
            if (used == 0) {
                used = SeasonAndAfternoonDates.at(text, toks, f, i, out);
            }
            if (used == 0) {
                used = date(text, toks, f, i, out);
            }
            if (used > 0) {
                i += used - 1;
                continue;
            }
            used = CountedDuals.at(text, toks, f, i, out);
            if (used == 0) {
                used = quantity(text, toks, f, i, out);
            }
            if (used > 0) {
                i += used - 1;
                continue;
            }
            if (t.kind() != Token.Kind.WORD) {
                continue;
            }
            used = MilitaryUnits.at(text, toks, f, i, out);
            if (used > 0) {
                i += used - 1;
                continue;
            }
            used = person(text, toks, f, i, out, surnames);
            if (used > 0) {
                i += used - 1;
                continue;
            }
            used = PurposeOrgNames.at(text, toks, f, i, out);
            if (used == 0) {
                used = OutletMentions.at(text, toks, f, i, out);
            }
            if (used == 0) {
                used = org(text, toks, f, i, out);
            }
            if (used > 0) {
                i += used - 1;
                continue;
            }
            used = location(text, toks, f, i, out);
            if (used > 0) {
                i += used - 1;
            }
        }
    }

    /**
     * The union of the words with which the Arabic rules can start a mention (besides a number token, which
     * all rules see, and the open class of dual nouns, see {@link CountedDuals#mayStart}, whose listed words are
     * included here): {@code date},
     * {@code quantity}, {@code person}, {@code org}, {@code location}, {@link MilitaryUnits},
     * {@link PurposeOrgNames}, {@link OutletMentions} and {@link TimePhraseDates} each return 0 without side effects
     * for any other word, so one look-up replaces their eight or so for the most common case, an ordinary word. A holder class, so that the rule classes are initialised in the
     * order {@link #arabic} first uses them (RuleEntityFinder / rule classes refer to each other statically).
     */
    private static final class Starts {
        static final Set<String> ANY = new HashSet<>();

        static {
            ANY.addAll(ORG_STARTS); // ArabicNameRules first: the rule classes refer to each other statically
            ANY.addAll(PERSON_STARTS);
            ANY.addAll(DATE_TRIGGERS);
            ANY.addAll(QUANTITY_TRIGGERS);
            ANY.addAll(LOC_STARTS);
            ANY.addAll(MilitaryUnits.UNIT_HEADS);
            ANY.addAll(PurposeOrgNames.STARTS);
            ANY.addAll(OutletMentions.STARTS);
            ANY.addAll(TimePhraseDates.STARTS);
            ANY.addAll(SeasonAndAfternoonDates.STARTS);
            // and the listed words of CountedDuals.mayStart, whose open class (dual endings) is tested on its own
            ANY.addAll(CountedDuals.startWords());
        }

        /** {@link #ANY} as a bit filter: most words are in none of the start sets. */
        static final KeyFilter ANY_KEYS = KeyFilter.of(ANY);

        static boolean contains(String w) {
            return ANY_KEYS.mightContain(w) && ANY.contains(w);
        }
    }

    /**
     * Like {@link #cliticStrip} for a small set of surnames, without allocating: the callers take the set's
     * elements once, in its iteration order (the first surname that fits decides), for a loop over many tokens.
     */
    public static int surnameStrip(String w, String[] surnames) {
        int wl = w.length();
        for (String sn : surnames) {
            int sl = sn.length();
            if (sl > 0 && (sl > wl || w.charAt(wl - 1) != sn.charAt(sl - 1))) {
                continue; // endsWith would be false: the last letters differ (this runs for every token and surname)
            }
            if (w.endsWith(sn)) {
                int p = w.length() - sn.length();
                if (p == 0) {
                    return 0;
                }
                if (p <= 2 && "وبلفك".indexOf(w.charAt(0)) >= 0 && (p == 1 || "بل".indexOf(w.charAt(1)) >= 0)) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** Strips one-letter clitics (و ف ب ل ك, لل→ال) so that {@code set} contains the rest; -1 if none fits. */
    static int cliticStrip(String w, Set<String> set) {
        if (set.contains(w)) {
            return 0;
        }
        String[] pre = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"};
        for (String p : pre) {
            if (w.length() > p.length() + 1 && w.startsWith(p)) {
                String r = w.substring(p.length());
                if (set.contains(r)) {
                    return p.length();
                }
            }
        }
        if (w.startsWith("لل") && set.contains("ال" + w.substring(2))) {
            return 2; // للميادين -> الميادين (span starts after لل: approximate)
        }
        if (w.startsWith("ولل") && set.contains("ال" + w.substring(3))) {
            return 3;
        }
        return -1;
    }

    static String joinFolded(String[] f, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            if (k > a) {
                sb.append(' ');
            }
            sb.append(f[k]);
        }
        return sb.toString();
    }

    static void add(NormalizedText text, List<Entity> out, int ns, int ne, EntityType type, Double value) {
        if (ne <= ns) {
            return;
        }
        Span sp = text.toOriginal(ns, ne);
        String orig = text.original();
        int a = sp.start();
        int b = sp.end();
        while (a < b && (Character.isWhitespace(orig.charAt(a)) || orig.charAt(a) == 'ـ')) {
            a++;
        }
        while (b > a && Character.isWhitespace(orig.charAt(b - 1))) {
            b--;
        }
        if (b <= a) {
            return;
        }
        String t = orig.substring(a, b);
        String normalized = value != null ? (value == Math.floor(value) && !Double.isInfinite(value)
                ? String.valueOf(value.longValue()) : String.valueOf(value)) : text.norm().substring(ns, ne);
        out.add(new Entity(t, type, a, b, normalized));
    }
}
