package org.isnad.extraction.engine.entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.Span;

/**
 * Merges the mentions of several finders into one non-overlapping list: mentions inside boilerplate are
 * dropped; among overlapping mentions the longer wins, then the higher-priority finder, then the earlier
 * one; organisation mentions that are descriptions are then dropped or re-typed ({@link DescriptiveOrgMentions}),
 * places that only point back at a region are dropped ({@link GenericPlaceMentions}) and unknown towns coordinated
 * with a found place are added ({@link CoordinatedPlaces}), and so are the bracketed short names of organisations
 * ({@link BracketedAcronyms}); persons opening with a common word are dropped ({@link CommonNounPersons}); named hospitals and stations replace their parts ({@link NamedFacilities}), so do plants and ports named by their site
 * ({@link PlantsAndPorts}).
 * Output sorted by start offset. Every kept mention satisfies {@code text == original.substring(start, end)}.
 */
public final class EntityMerger {

    private record Cand(Entity e, int priority, int order) {
    }

    /** {@code sorted}: non-overlapping spans in ascending order. True if any overlaps [start, end). */
    public static boolean overlapsAny(List<Span> sorted, int start, int end) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < sorted.size() && sorted.get(lo).start() < end;
    }

    public List<Entity> merge(String original, List<List<Entity>> perFinder, List<Integer> priorities,
                              List<Span> boilerplate) {
        int total = 0;
        for (List<Entity> found : perFinder) {
            total += found.size();
        }
        List<Cand> all = new ArrayList<>(total);
        int order = 0;
        for (int f = 0; f < perFinder.size(); f++) {
            for (Entity e : perFinder.get(f)) {
                if (e == null || e.start() < 0 || e.end() > original.length() || e.end() <= e.start()) {
                    continue;
                }
                if (e.text() == null || e.text().length() != e.end() - e.start()
                        || !original.regionMatches(e.start(), e.text(), 0, e.text().length())) {
                    continue;
                }
                if (!overlapsAny(boilerplate, e.start(), e.end())) {
                    all.add(new Cand(e, priorities.get(f), order++));
                }
            }
        }
        List<Entity> kept = new ArrayList<>();
        // the characters of the kept mentions, one bit each: a candidate overlaps a kept mention iff a bit of its
        // range is set (as exact as the interval map it replaces, without boxing two Integers per candidate)
        BitSet occupied = new BitSet(original.length());
        for (Cand c : inPreferenceOrder(all)) {
            int s = c.e().start();
            int e = c.e().end();
            int taken = occupied.nextSetBit(s);
            if (taken >= 0 && taken < e) {
                continue;
            }
            occupied.set(s, e);
            kept.add(c.e());
        }
        kept = byStart(kept);
        List<Entity> reviewed = LawNumberYears.review(original, MovementMentions.review(
                DescriptiveOrgMentions.review(original, joinAdjacentDates(original, kept))));
        List<Entity> places = CoordinatedPlaces.extend(original,
                GenericPlaceMentions.review(CommonNounPersons.review(TimeZonePlaces.review(original,
                        CountryNisbaAdjectives.review(original, reviewed)))));
        List<Entity> named = TriggeredPlaceRepeats.add(original, PlantsAndPorts.extend(original,
                NamedFacilities.extend(original, BracketedAcronyms.add(original, places))));
        return outside(boilerplate, GeneralSecurityMentions.add(original, withPlusSuffix(original, named)));
    }

    /**
     * The mentions that lie outside the boilerplate: the passes above scan the whole text for heads ("سايلو X" in a
     * photo caption), so what they add is checked again like the finders' candidates.
     */
    static List<Entity> outside(List<Span> boilerplate, List<Entity> sorted) {
        if (boilerplate.isEmpty()) {
            return sorted;
        }
        List<Entity> out = null;
        for (int k = 0; k < sorted.size(); k++) {
            Entity e = sorted.get(k);
            boolean inside = overlapsAny(boilerplate, e.start(), e.end());
            if (inside && out == null) {
                out = new ArrayList<>(sorted.subList(0, k));
            }
            if (!inside && out != null) {
                out.add(e);
            }
        }
        return out == null ? sorted : out;
    }

    /**
     * The kept mentions by start offset. They do not overlap and none is empty, so their starts are distinct and
     * one packed {@code long} per mention (start, then index) sorts them as the comparator on the start did.
     */
    private static List<Entity> byStart(List<Entity> kept) {
        long[] keys = new long[kept.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (long) kept.get(i).start() << 32 | i;
        }
        java.util.Arrays.sort(keys);
        List<Entity> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(kept.get((int) key));
        }
        return sorted;
    }

    /**
     * "أوبك+": a plus glued to an organisation's name names the enlarged group, a body of its own; the tokenizer
     * leaves the sign out of the word, so the mention is extended over it.
     */
    static List<Entity> withPlusSuffix(String original, List<Entity> sorted) {
        List<Entity> out = null;
        for (int k = 0; k < sorted.size(); k++) {
            Entity e = sorted.get(k);
            int end = e.end();
            if (e.type() == EntityType.ORGANIZATION && end < original.length() && original.charAt(end) == '+'
                    && (end + 1 == original.length() || !Character.isLetterOrDigit(original.charAt(end + 1)))) {
                if (out == null) {
                    out = new ArrayList<>(sorted);
                }
                String text = original.substring(e.start(), end + 1);
                String norm = e.normalized() == null ? text : e.normalized() + "+";
                out.set(k, new Entity(text, e.type(), e.start(), end + 1, norm));
            }
        }
        return out == null ? sorted : out;
    }

    /**
     * Two dates separated by nothing but spaces are one expression cut in two by different finders
     * ("صباح اليوم" + "الثلاثاء 26 مارس 2024"): they are joined, keeping the resolved (ISO) value of either part.
     */
    static List<Entity> joinAdjacentDates(String original, List<Entity> sorted) {
        List<Entity> out = new ArrayList<>(sorted.size());
        for (Entity e : sorted) {
            Entity last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.type() == EntityType.DATE && e.type() == EntityType.DATE
                    && onlySpaces(original, last.end(), e.start())) {
                String norm = resolved(e) ? e.normalized() : resolved(last) ? last.normalized()
                        : original.substring(last.start(), e.end());
                out.set(out.size() - 1, new Entity(original.substring(last.start(), e.end()), EntityType.DATE,
                        last.start(), e.end(), norm));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean onlySpaces(String s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != ' ' && s.charAt(k) != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** An ISO value ("2024-03-26", "2024") rather than the mention's own text. */
    private static boolean resolved(Entity e) {
        String n = e.normalized();
        return n != null && !n.isEmpty() && Character.isDigit(n.charAt(0)) && !n.equals(e.text());
    }

    private static final Comparator<Cand> PREFERENCE = Comparator.comparingInt((Cand c) -> c.priority() < 0 ? 1 : 0)
            .thenComparingInt((Cand c) -> -(c.e().end() - c.e().start()))
            .thenComparingInt(c -> -c.priority()).thenComparingInt(Cand::order);

    /**
     * Candidates in the order they claim text: rule and lexicon finders before gap fillers (priority < 0, e.g.
     * the statistical NER, which only take what no other finder claimed), then longer first, then the
     * higher-priority finder, then the earlier one ({@link #PREFERENCE}). The same order is had by sorting one
     * packed {@code long} per candidate, several times faster than the comparator chain on the thousands of
     * candidates of a long article; the comparator remains for values the packing cannot hold. Layout: bit 62
     * gap filler, bits 40–61 inverted length, bits 24–39 inverted priority (16 bits: the engine's priorities are
     * {@code finderPriority * 100 + rank}, e.g. 202 for the lexicon finders, which an 8-bit field sent to the
     * comparator on every article), bits 0–23 the candidate's index.
     */
    private static List<Cand> inPreferenceOrder(List<Cand> all) {
        long[] keys = new long[all.size()];
        for (int i = 0; i < keys.length; i++) {
            Cand c = all.get(i);
            int length = c.e().end() - c.e().start();
            if (length >= 1 << 22 || c.priority() < Short.MIN_VALUE || c.priority() > Short.MAX_VALUE
                    || i >= 1 << 24 || c.order() != i) {
                List<Cand> sorted = new ArrayList<>(all);
                sorted.sort(PREFERENCE);
                return sorted;
            }
            keys[i] = (c.priority() < 0 ? 1L : 0L) << 62 | (long) ((1 << 22) - 1 - length) << 40
                    | (long) (Short.MAX_VALUE - c.priority()) << 24 | i;
        }
        java.util.Arrays.sort(keys);
        List<Cand> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(all.get((int) (key & 0xFF_FFFFL)));
        }
        return sorted;
    }
}
