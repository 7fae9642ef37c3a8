package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.text.Fold;

/**
 * A one-word place first named through its settlement noun ("مخيم X", "بلدة X", "قرية X") is the same place when
 * the article later says X alone ("... للاجئين في X"). The word after the noun is known to be a name only from
 * that noun, so its later bare mentions (alone or after one clitic و/ب/ل/ف) are tagged too. Only indefinite words
 * of three letters or more are carried over (a definite word after the noun may be a common noun, and
 * "مخيم للاجئين" is a description).
 */
final class TriggeredPlaceRepeats {
    private TriggeredPlaceRepeats() {
    }

    /** Settlement nouns (folded) whose following word is a place name. */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("مخيم", "بلده", "قريه", "مدينه", "بلدات", "قري");

    /** The mentions plus the later bare mentions of places named after a settlement noun, sorted by start. */
    static List<Entity> add(String original, List<Entity> sorted) {
        List<String> names = null;
        for (Entity e : sorted) {
            String name = e.type() == EntityType.LOCATION ? nameAfterSettlementNoun(e.text()) : null;
            if (name != null) {
                if (names == null) {
                    names = new ArrayList<>(2);
                }
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        if (names == null) {
            return sorted;
        }
        BitSet taken = new BitSet(original.length());
        for (Entity e : sorted) {
            taken.set(e.start(), e.end());
        }
        List<Entity> found = new ArrayList<>();
        for (String name : names) {
            for (int p = original.indexOf(name); p >= 0; p = original.indexOf(name, p + name.length())) {
                int end = p + name.length();
                int next = taken.nextSetBit(p);
                if (wordEnds(original, end) && bareOrOneClitic(original, p) && (next < 0 || next >= end)) {
                    found.add(new Entity(name, EntityType.LOCATION, p, end, name));
                    taken.set(p, end);
                }
            }
        }
        if (found.isEmpty()) {
            return sorted;
        }
        List<Entity> out = new ArrayList<>(sorted.size() + found.size());
        out.addAll(sorted);
        out.addAll(found);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "مخيم امبره" → "امبره"; null for a longer mention, another head or a definite or short name. */
    static String nameAfterSettlementNoun(String text) {
        int sp = text.indexOf(' ');
        if (sp < 0 || text.indexOf(' ', sp + 1) >= 0) {
            return null;
        }
        String head = Fold.fold(text.substring(0, sp));
        String name = text.substring(sp + 1);
        if (!SETTLEMENT_NOUNS.contains(head) || name.length() < 3 || definiteOrPrepositional(Fold.fold(name))) {
            return null;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetter(name.charAt(i))) {
                return null;
            }
        }
        return name;
    }

    /** "الزعتري", "للاجئين", "بالقرب": an article, or a preposition and article, mark a common word. */
    private static boolean definiteOrPrepositional(String folded) {
        return folded.startsWith("ال") || folded.startsWith("لل") || folded.startsWith("بال")
                || folded.startsWith("وال") || folded.startsWith("فال") || folded.startsWith("كال");
    }

    private static boolean wordEnds(String s, int end) {
        return end >= s.length() || !Character.isLetter(s.charAt(end));
    }

    /** The name starts a word, or follows exactly one clitic letter that starts the word. */
    private static boolean bareOrOneClitic(String s, int p) {
        if (p == 0 || !Character.isLetter(s.charAt(p - 1))) {
            return true;
        }
        char c = s.charAt(p - 1);
        boolean clitic = c == '\u0648' || c == '\u0628' || c == '\u0644' || c == '\u0641';
        return clitic && (p - 1 == 0 || !Character.isLetter(s.charAt(p - 2)));
    }
}
