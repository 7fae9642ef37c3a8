package org.isnad.extraction.engine.entity;

import static org.isnad.extraction.engine.entity.ArabicDateQuantityRules.*;
import static org.isnad.extraction.engine.entity.ArabicQuantityRules.*;
import static org.isnad.extraction.engine.entity.ArabicNameRules.*;
import static org.isnad.extraction.engine.entity.ArabicPlaceRules.*;
import static org.isnad.extraction.engine.entity.RuleEntityFinder.*;
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
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.Token;
import org.isnad.extraction.engine.text.Tokenizer;

/** English capitalised runs, month/day names and numbers for {@link RuleEntityFinder}. */
final class EnglishEntityRules {
    private EnglishEntityRules() {
    }

    static final Set<String> EN_MONTHS = Set.copyOf(java.util.List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
            "nov.", "dec."));

    static final Set<String> EN_DAYS = Set.copyOf(java.util.List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today"));

    static final Set<String> EN_NUM = Set.copyOf(java.util.List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands", "dozen", "twenty", "thirty",
            "forty", "fifty", "hundred"));

    static final Set<String> EN_APPROX = Set.copyOf(java.util.List.of("more", "less", "nearly", "about", "around", "almost",
            "least", "some", "roughly", "over", "approximately", "up"));

    static final Set<String> EN_LOC = Set.copyOf(java.util.List.of("London", "Asia", "Europe", "Africa", "Red Sea", "Shanghai",
            "Rotterdam", "Suez", "Suez Canal", "Cape of Good Hope", "Israel", "Egypt", "Sudan", "LONDON", "Saudi Arabia", "Washington", "Syria", "Iraq", "Lebanon",
            "Iran", "Russia", "Ukraine", "China", "Yemen", "Gaza", "Jordan", "Turkey", "Qatar", "Kuwait", "Bahrain",
            "Oman", "Libya", "Moscow", "Beirut", "Damascus", "Baghdad", "Cairo", "Riyadh", "Dubai", "Doha", "Paris",
            "Berlin", "Geneva", "New York", "Tehran", "Ankara", "Istanbul", "United States", "Britain", "France",
            "Germany", "India", "Japan", "Pakistan", "Afghanistan", "Mediterranean", "Gulf", "Bab el-Mandeb",
            "Hodeidah", "Sanaa", "Aden", "West Bank", "Jerusalem", "Tel Aviv", "Singapore", "Europe", "Chad",
            "Ethiopia", "Eritrea", "Somalia", "Djibouti"));

    static final Set<String> EN_ORG_WORDS = Set.copyOf(java.util.List.of("ministry", "forces", "authority", "agency", "project",
            "nations", "press", "council", "army", "department", "bank", "fund", "organization", "organisation",
            "union", "party", "front", "group", "company", "corporation", "inc", "ltd", "commission", "committee",
            "office", "institute", "university", "command", "police", "guard", "movement", "reuters", "ap", "un", "nato", "opec", "who", "imf", "cnn", "bbc", "afp",
            "associated", "bloomberg", "hamas", "hezbollah", "framework", "court", "center", "centre", "studies",
            "alliance", "coalition", "bloc", "parliament", "assembly", "federation", "network", "foundation",
            "commission", "programme", "program", "ministry"));

    static final Set<String> EN_TITLES = Set.copyOf(java.util.List.of("prime", "minister", "president",
            "gen.", "brig.", "col.", "lt.", "maj.", "capt.", "dr.", "mr.", "mrs.", "ms.", "prof.", "sen.", "rep.",
            "gov.", "king", "prince", "sheikh", "spokesman", "spokeswoman", "chairman", "secretary", "ambassador",
            "envoy", "commander", "general", "foreign", "defense", "defence", "interior", "finance", "deputy",
            "former", "chief", "judge", "mayor", "senator", "governor", "lawmaker", "speaker"));

    static final Set<String> EN_STOP_CAPS = Set.copyOf(java.util.List.of("The", "A", "An", "In", "On", "At", "But", "And", "He",
            "She", "They", "It", "We", "I", "This", "That", "These", "Those", "Previous", "More", "Two", "Our",
            "Sign", "Reporting", "Editing", "Copyright", "Related", "According", "As", "If", "While", "After",
            "Before", "Since", "U.S.", "Analysts", "Residents", "Army", "Brig.", "Gen.", "Western", "Container",
            "American", "British", "Saudi-U.S.", "Standards", "All"));

    // ------------------------------------------------------------------------------------------ English

    static void english(NormalizedText text, List<Token> toks, List<Entity> out) {
        int n = toks.size();
        String[] f = new String[n];
        for (int i = 0; i < n; i++) {
            f[i] = toks.get(i).text().toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            // dates
            if (EN_MONTHS.contains(f[i]) && t.isCapitalized() && !(f[i].equals("may") && (i + 1 >= n
                    || toks.get(i + 1).kind() != Token.Kind.NUMBER))) {
                int e = i + 1;
                if (e < n && toks.get(e).kind() == Token.Kind.NUMBER && toks.get(e).text().length() <= 2) {
                    e++;
                }
                if (e + 1 < n && toks.get(e).isPunct(',') && isYear(toks.get(e + 1))) {
                    e += 2;
                } else if (e < n && isYear(toks.get(e))) {
                    e++;
                }
                add(text, out, t.start(), toks.get(e - 1).end(), EntityType.DATE, null);
                i = e - 1;
                continue;
            }
            if (EN_DAYS.contains(f[i]) && (t.isCapitalized() || f[i].equals("yesterday"))) {
                add(text, out, t.start(), t.end(), EntityType.DATE, null);
                continue;
            }
            // quantities
            int q = enQuantity(text, toks, f, i, out);
            if (q > 0) {
                i += q - 1;
                continue;
            }
            if (!t.isCapitalized()) {
                continue;
            }
            // capitalised run
            int e = i;
            while (e < n && (toks.get(e).isCapitalized() || (e > i && (f[e].equals("of") || f[e].equals("&")
                    || f[e].equals("for")) && e + 1 < n && toks.get(e + 1).isCapitalized())
                    || e > i && (f[e].startsWith("al-") || f[e].startsWith("el-")) && f[e].length() > 4
                    && Character.isUpperCase(toks.get(e).text().charAt(3)))) {
                e++;
            }
            int s0 = i;
            while (s0 < e && (EN_STOP_CAPS.contains(toks.get(s0).text()) || EN_TITLES.contains(f[s0]))) {
                s0++;
            }
            if (s0 >= e) {
                i = e - 1;
                continue;
            }
            String phrase = text.norm().substring(toks.get(s0).start(), toks.get(e - 1).end());
            // "Egypt's" -> "Egypt"
            String p2 = phrase.endsWith("'s") ? phrase.substring(0, phrase.length() - 2) : phrase;
            int endOff = toks.get(e - 1).end() - (phrase.length() - p2.length());
            EntityType type;
            boolean orgWord = false;
            for (int k = s0; k < e; k++) {
                String fk = f[k].endsWith("'s") ? f[k].substring(0, f[k].length() - 2) : f[k];
                if (EN_ORG_WORDS.contains(fk)) {
                    orgWord = true;
                }
            }
            boolean datelineCaps = s0 == 0 && p2.equals(p2.toUpperCase(Locale.ROOT)) && e < n
                    && (toks.get(e).isPunct('(') || toks.get(e).isPunct(',') || toks.get(e).isPunct('-'));
            if (EN_LOC.contains(p2) || EN_LOC.contains(titleCase(p2)) || datelineCaps) {
                type = EntityType.LOCATION;
            } else if (orgWord) {
                type = EntityType.ORGANIZATION;
            } else if (s0 > 0 && (f[s0 - 1].equals("at") || f[s0 - 1].equals("by"))) {
                type = EntityType.ORGANIZATION;
            } else if (e - s0 >= 2 && e - s0 <= 4) {
                type = EntityType.PERSON;
            } else if (s0 > 0 && (f[s0 - 1].equals("in") || f[s0 - 1].equals("to") || f[s0 - 1].equals("from"))) {
                type = EntityType.LOCATION;
            } else {
                i = e - 1;
                continue;
            }
            // a leading location inside an org name: "Egypt's Suez Canal Authority"
            if (phrase.contains("'s ") && type == EntityType.ORGANIZATION) {
                int ap = phrase.indexOf("'s ");
                String loc = phrase.substring(0, ap);
                int ls = toks.get(s0).start();
                if (EN_LOC.contains(loc)) {
                    add(text, out, ls, ls + loc.length(), EntityType.LOCATION, null);
                    add(text, out, ls + ap + 3, endOff, EntityType.ORGANIZATION, null);
                    i = e - 1;
                    continue;
                }
            }
            add(text, out, toks.get(s0).start(), endOff, type, null);
            i = e - 1;
        }
    }

    static String titleCase(String s) {
        if (s.length() < 2 || !s.equals(s.toUpperCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(start ? ch : Character.toLowerCase(ch));
            start = ch == ' ' || ch == '-';
        }
        return b.toString();
    }

    static int enQuantity(NormalizedText text, List<Token> toks, String[] f, int i, List<Entity> out) {
        int n = toks.size();
        int k = i;
        if (f[k].equals("more") || f[k].equals("less") || f[k].equals("fewer")) {
            if (k + 1 < n && f[k + 1].equals("than")) {
                k += 2;
            } else {
                return 0;
            }
        } else if (f[k].equals("at") && k + 1 < n && (f[k + 1].equals("least") || f[k + 1].equals("most"))) {
            k += 2;
        } else if (EN_APPROX.contains(f[k]) && !f[k].equals("up")) {
            k++;
        }
        if (k < n && toks.get(k).isPunct('$')) {
            k++;
        }
        if (k >= n) {
            return 0;
        }
        Token t = toks.get(k);
        boolean num = t.kind() == Token.Kind.NUMBER;
        if (!num && !EN_NUM.contains(f[k])) {
            return 0;
        }
        if (num && isYear(t) && k == i) {
            return 0;
        }
        int s = (i < k && toks.get(i).isPunct('$')) ? i : i;
        k++;
        if (k < n && (f[k].equals("million") || f[k].equals("billion") || f[k].equals("thousand"))) {
            k++;
        }
        if (k + 1 < n && f[k].equals("to") && toks.get(k + 1).kind() == Token.Kind.NUMBER) {
            k += 2;
        }
        if (num && k + 1 < n && toks.get(k).isPunct('-') && toks.get(k + 1).kind() == Token.Kind.WORD
                && toks.get(k).start() == t.end()) {
            add(text, out, t.start(), toks.get(k + 1).end(), EntityType.QUANTITY, parseNumber(t.text()));
            return k + 2 - i;
        }
        boolean pct = t.text().endsWith("%") || (k < n && f[k].equals("percent"));
        if (k < n && f[k].equals("percent")) {
            k++;
        }
        if (!pct && k < n && toks.get(k).kind() == Token.Kind.WORD && !Set.of("of", "the", "a", "and", "to", "in",
                "on", "for", "from", "with", "since").contains(f[k])) {
            k++;
        }
        if (k - i == 1 && !num) {
            return 0;
        }
        if (k - i == 1 && num && !pct && !(i > 0 && toks.get(i - 1).isPunct('$'))) {
            return 0;
        }
        int start = (i > 0 && toks.get(i - 1).isPunct('$') && i == k - 1) ? i - 1 : s;
        if (i > 0 && toks.get(i - 1).isPunct('$')) {
            start = i - 1;
        }
        add(text, out, toks.get(start).start(), toks.get(k - 1).end(), EntityType.QUANTITY,
                num ? parseNumber(t.text()) : null);
        return k - i;
    }
}
