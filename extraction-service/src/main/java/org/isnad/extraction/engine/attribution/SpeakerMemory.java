package org.isnad.extraction.engine.attribution;

import java.util.ArrayList;
import java.util.List;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;

/**
 * Document-level memory of resolved speakers, for continuations: an empty subject ("وأضاف أن"), a surname
 * ("وأضاف رحمون"), a title ("وتابع الخبير"), "المصدر"/"المصادر", or a definite institution ("الوزارة").
 */
public final class SpeakerMemory {

    /** A resolved speaker; {@code head} is the folded head noun of its description (e.g. الخبير, مصدر). */
    public record Speaker(Attribution attribution, String head, String surname, String foldedSource) {
    }

    /** Look-backs scan at most this many recent speakers (bounded time on hostile input). */
    private static final int WINDOW = 64;
    private final List<Speaker> history = new ArrayList<>();
    private final List<int[]> personSpans = new ArrayList<>();
    private final java.util.Set<String> surnames = new java.util.HashSet<>();

    /** Latest full name noted per institution head (folded, without ال): a handful of heads, so bounded. */
    private final java.util.Map<String, Mention> institutions = new java.util.HashMap<>();

    /**
     * A full mention kept as its token span: most mentions are never referred back to, so the original text is cut
     * out only when a back-reference asks for it (the profile showed the eager copy on every mention).
     */
    private static final class Mention {
        private final ParagraphContext c;
        private final int a;
        private final int b;
        private String name;

        Mention(ParagraphContext c, int a, int b) {
            this.c = c;
            this.a = a;
            this.b = b;
        }

        String name() {
            if (name == null) {
                name = c.orig(a, b);
            }
            return name;
        }
    }

    /** Notes "HEAD NAME…" (tokens [a, b) of c) for a later "الHEAD" ({@link InstitutionBackReferences}). */
    void noteInstitution(String foldedHead, ParagraphContext c, int a, int b) {
        institutions.put(foldedHead, new Mention(c, a, b));
    }

    /** Full names per bracketed acronym (folded): "أوتشا" → "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية". */
    private final java.util.Map<String, Mention> acronyms = new java.util.HashMap<>();

    void noteAcronym(String foldedAcronym, ParagraphContext c, int a, int b) {
        if (acronyms.size() < 64) {
            acronyms.put(foldedAcronym, new Mention(c, a, b));
        }
    }

    /** The body named in full before the bracketed acronym, or null. */
    String acronym(String foldedAcronym) {
        Mention m = acronyms.get(foldedAcronym);
        return m == null ? null : m.name();
    }

    /** The full names noted so far, one per head. */
    java.util.List<String> institutionNames() {
        List<String> out = new ArrayList<>(institutions.size());
        for (Mention m : institutions.values()) {
            out.add(m.name());
        }
        return out;
    }

    /** The latest full name noted under {@code foldedHead}, or null. */
    String institution(String foldedHead) {
        Mention m = institutions.get(foldedHead);
        return m == null ? null : m.name();
    }

    /** Records a person name found while resolving a speaker (normalised offsets) and its folded surname. */
    public void addPerson(int normStart, int normEnd, String foldedSurname) {
        if (personSpans.size() < 10_000) {
            personSpans.add(new int[]{normStart, normEnd});
        }
        if (foldedSurname != null && foldedSurname.length() >= 3) {
            surnames.add(foldedSurname);
        }
    }

    public List<int[]> personSpans() {
        return personSpans;
    }

    public java.util.Set<String> surnames() {
        return surnames;
    }

    public void remember(Speaker s) {
        if (s != null && s.attribution().sourceType() != SourceType.UNATTRIBUTED) {
            history.add(s);
        }
    }

    /** Most recent speaker (within the look-back window) that satisfies {@code test}, or null. */
    Speaker latest(java.util.function.Predicate<Speaker> test) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - WINDOW); i--) {
            if (test.test(history.get(i))) {
                return history.get(i);
            }
        }
        return null;
    }

    public Speaker last() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    public Speaker bySurname(String foldedToken) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - WINDOW); i--) {
            Speaker s = history.get(i);
            if (s.surname() != null && s.surname().equals(foldedToken)) {
                return s;
            }
        }
        return null;
    }

    /** Most recent named person whose full name ends with {@code foldedName} ("تشيرنينكو" → "أولغا تشيرنينكو"). */
    public Speaker byNameEnding(String foldedName) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - WINDOW); i--) {
            Speaker s = history.get(i);
            if (s.attribution().sourceType() == SourceType.NAMED_PERSON && s.foldedSource() != null
                    && (s.foldedSource().equals(foldedName) || s.foldedSource().endsWith(" " + foldedName))) {
                return s;
            }
        }
        return null;
    }

    /** Most recent speaker with the given head noun (singular/plural, with or without ال). */
    public Speaker byHead(String head, SourceType type) {
        String h = stripAl(head);
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - WINDOW); i--) {
            Speaker s = history.get(i);
            if (type != null && s.attribution().sourceType() != type) {
                continue;
            }
            if (s.head() != null && sameHead(stripAl(s.head()), h)) {
                return s;
            }
        }
        return null;
    }

    /** Most recent speaker whose folded source contains {@code word} (ال stripped). */
    public Speaker bySourceWord(String word) {
        String w = stripAl(word);
        if (w.length() < 3) {
            return null;
        }
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - WINDOW); i--) {
            Speaker s = history.get(i);
            if (s.foldedSource() != null && s.foldedSource().contains(w)) {
                return s;
            }
        }
        return null;
    }

    public Speaker lastOfType(SourceType type) {
        for (int i = history.size() - 1; i >= Math.max(0, history.size() - WINDOW); i--) {
            if (history.get(i).attribution().sourceType() == type) {
                return history.get(i);
            }
        }
        return null;
    }

    static String stripAl(String w) {
        if (w == null) {
            return "";
        }
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }

    private static boolean sameHead(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (isSpokes(a) && isSpokes(b)) {
            return true;
        }
        return false;
    }

    private static boolean isSpokes(String a) {
        return a.startsWith("متحدث") || a.startsWith("ناطق");
    }
}
