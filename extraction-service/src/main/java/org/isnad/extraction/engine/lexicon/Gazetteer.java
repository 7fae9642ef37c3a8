package org.isnad.extraction.engine.lexicon;

import org.isnad.extraction.engine.EntityType;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.extraction.engine.text.KeyFilter;

/**
 * The compiled gazetteer: a token trie keyed by folded tokens ({@link ArabicText#fold}). Built once from the
 * UTF-8 resource lists next to this class; immutable and thread-safe afterwards.
 *
 * <p>List format: one entry per line, {@code canonical|variant|variant}; {@code #} starts a comment line.
 * A form prefixed with {@code ?} is context-dependent (see {@link Entry#contextual()}).
 */
public final class Gazetteer {

    /** Fine-grained category of a gazetteer entry. */
    public enum Category {
        COUNTRY(EntityType.LOCATION, "countries.txt"),
        CAPITAL(EntityType.LOCATION, "capitals.txt"),
        GOVERNORATE(EntityType.LOCATION, "governorates.txt"),
        CITY(EntityType.LOCATION, "cities.txt"),
        REGION(EntityType.LOCATION, "regions.txt"),
        SECURITY(EntityType.ORGANIZATION, "security_bodies.txt"),
        GOVERNMENT(EntityType.ORGANIZATION, "government_bodies.txt"),
        INTL_ORG(EntityType.ORGANIZATION, "intl_orgs.txt"),
        ARMED_GROUP(EntityType.ORGANIZATION, "armed_groups.txt"),
        OUTLET(EntityType.ORGANIZATION, "outlets.txt"),
        NGO(EntityType.ORGANIZATION, "ngos.txt"),
        PERSON(EntityType.PERSON, "persons.txt");

        public final EntityType type;
        public final String resource;

        Category(EntityType type, String resource) {
            this.type = type;
            this.resource = resource;
        }

        public boolean isPlace() {
            return type == EntityType.LOCATION;
        }
    }

    /**
     * One surface form of an entry. {@code contextual} forms (written with a leading {@code ?}) are ambiguous
     * with common words and are only accepted with supporting context.
     */
    public record Entry(String canonical, Category category, boolean contextual) {
        public EntityType type() {
            return category.type;
        }
    }

    /** A trie node; {@code entries} is non-null only for nodes that end a surface form. */
    static final class Node {
        Map<String, Node> next;
        Entry[] entries;
        /** Word-class flags of a first-level node (see {@link #FLAG_FIRST_NAME} etc.). */
        int flags;

        Node child(String key) {
            return next == null ? null : next.get(key);
        }

        Node childOrCreate(String key) {
            if (next == null) {
                next = new HashMap<>(4);
            }
            return next.computeIfAbsent(key, k -> new Node());
        }
    }

    private final Map<String, Node> root = new HashMap<>(8192);
    /** The keys of {@link #root}: most token readings are no entry's first word (see {@link KeyFilter}). */
    private KeyFilter rootKeys = KeyFilter.of(List.of(), 8192);
    private final Map<Category, Integer> counts = new EnumMap<>(Category.class);
    private final Map<Category, Integer> formCounts = new EnumMap<>(Category.class);
    private final java.util.Set<String> firstNames = new java.util.HashSet<>(1024);
    private final java.util.Set<String> ambiguousFirstNames = new java.util.HashSet<>(256);

    /** Flags of single words, stored on first-level trie nodes so that one look-up answers everything. */
    public static final int FLAG_LOC_TRIGGER = 1;
    public static final int FLAG_ORG_TRIGGER = 2;
    public static final int FLAG_PERSON_TRIGGER = 4;
    public static final int FLAG_FIRST_NAME = 8;
    public static final int FLAG_AMBIGUOUS_FIRST_NAME = 16;

    private static volatile Gazetteer instance;

    /** The shared gazetteer compiled from the bundled lists (loaded once, lazily). */
    public static Gazetteer get() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = instance;
                if (g == null) {
                    g = new Gazetteer();
                    for (Category c : Category.values()) {
                        g.load(c, Gazetteer.class.getResourceAsStream(c.resource));
                    }
                    g.loadFirstNames(Gazetteer.class.getResourceAsStream("first_names.txt"));
                    instance = g;
                }
            }
        }
        return g;
    }

    /** A gazetteer with the trigger-word flags but no entries (tests can add lists with {@link #load}). */
    public Gazetteer() {
        flag(TriggerWords.LOC_ADMIN, FLAG_LOC_TRIGGER);
        flag(TriggerWords.LOC_FEATURE, FLAG_LOC_TRIGGER);
        flag(TriggerWords.ORG_HEAD, FLAG_ORG_TRIGGER);
        flag(TriggerWords.ORG_DEF_HEAD, FLAG_ORG_TRIGGER);
        flag(TriggerWords.PERSON_TITLE, FLAG_PERSON_TRIGGER);
    }

    private void flag(java.util.Set<String> words, int f) {
        for (String w : words) {
            rootNode(w).flags |= f;
        }
    }

    /** Flags of a single folded word (0 if none). */
    public int flags(String folded) {
        Node n = rootGet(folded);
        return n == null ? 0 : n.flags;
    }

    /** Loads one list. Entries already present keep their earlier meaning (first list wins per form). */
    public void load(Category category, InputStream in) {
        if (in == null) {
            throw new IllegalStateException("missing gazetteer resource " + category.resource);
        }
        int[] entriesAndForms = GazetteerLists.readEntries(in, category, this::add);
        counts.merge(category, entriesAndForms[0], Integer::sum);
        formCounts.merge(category, entriesAndForms[1], Integer::sum);
    }

    private void loadFirstNames(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("missing first_names.txt");
        }
        GazetteerLists.readFirstNames(in, this::addFirstName);
    }

    /** A given name (folded, multi-word names with one space); ambiguous ones are also common words. */
    private void addFirstName(String name, boolean ambiguous) {
        (ambiguous ? ambiguousFirstNames : firstNames).add(name);
        if (name.indexOf(' ') < 0) {
            rootNode(name).flags |= ambiguous ? FLAG_AMBIGUOUS_FIRST_NAME : FLAG_FIRST_NAME;
        }
    }

    /** Adds one surface form; returns false if the exact same entry was already there. */
    public boolean add(String form, Entry entry) {
        Tokens t = Tokens.of(form);
        if (t.size == 0) {
            return false;
        }
        Map<String, Node> level = root;
        Node node = null;
        for (int i = 0; i < t.size; i++) {
            String key = t.norm[i];
            if (i == 0) {
                node = rootNode(key);
            } else {
                node = node.childOrCreate(key);
            }
        }
        if (node.entries == null) {
            node.entries = new Entry[] {entry};
            return true;
        }
        for (Entry e : node.entries) {
            if (e.canonical().equals(entry.canonical()) && e.category() == entry.category()) {
                return false;
            }
        }
        Entry[] n = java.util.Arrays.copyOf(node.entries, node.entries.length + 1);
        n[n.length - 1] = entry;
        node.entries = n;
        return true;
    }

    /** {@code root.computeIfAbsent(key, new Node())}, keeping {@link #rootKeys} in step. */
    private Node rootNode(String key) {
        Node n = root.get(key);
        if (n == null) {
            n = new Node();
            root.put(key, n);
            rootKeys.add(key);
            if (rootKeys.full()) {
                rootKeys = KeyFilter.of(root.keySet(), root.size());
            }
        }
        return n;
    }

    /** {@code root.get(key)}, answered from {@link #rootKeys} when the key is certainly absent. */
    private Node rootGet(String key) {
        return rootKeys.mightContain(key) ? root.get(key) : null;
    }

    Node rootChild(String key) {
        return rootGet(key);
    }

    /** Number of entries (lines) per category. */
    public Map<Category, Integer> entryCounts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Number of distinct surface forms per category. */
    public Map<Category, Integer> formCounts() {
        return Collections.unmodifiableMap(formCounts);
    }

    /** True for an unambiguous given name (folded form). */
    public boolean isFirstName(String folded) {
        return firstNames.contains(folded);
    }

    /** True for a given name that is also a common word (folded form). */
    public boolean isAmbiguousFirstName(String folded) {
        return ambiguousFirstNames.contains(folded);
    }

    public int firstNameCount() {
        return firstNames.size() + ambiguousFirstNames.size();
    }

    // ------------------------------------------------------------------------------------------------
    // matching

    /** A trie match over tokens [tokStart, tokEnd) with {@code strip} folded proclitic chars dropped. */
    public record Hit(int tokStart, int tokEnd, int strip, Entry[] entries) {
    }

    /**
     * All trie matches starting at token i (one per proclitic reading and per terminal length), longest
     * first. Tokens inside a multi-word form may be separated only by whitespace or a dot (أ.ف.ب).
     */
    public List<Hit> matchesAt(Tokens t, int i) {
        if (i < 0 || i >= t.size) {
            return List.of();
        }
        String[] forms = new String[8];
        int[] strip = new int[8];
        int nr = GazetteerProclitics.readings(t.norm[i], forms, strip);
        List<Hit> out = null;
        for (int r = 0; r < nr; r++) {
            out = walk(t, i, forms[r], strip[r], out);
        }
        return finish(out);
    }

    /**
     * As {@link #matchesAt(Tokens, TokenReadings, int)} and also ORs the word flags of every reading into
     * {@code flagsOut[0]} (one hash look-up per reading for everything).
     */
    public List<Hit> matchesAndFlags(Tokens t, TokenReadings rd, int i, int[] flagsOut) {
        List<Hit> out = null;
        int flags = 0;
        for (int r = 0, nr = rd.count(i); r < nr; r++) {
            Node node = rootGet(rd.form(i, r));
            if (node != null) {
                flags |= r == 0 ? node.flags : node.flags & ~(FLAG_FIRST_NAME | FLAG_AMBIGUOUS_FIRST_NAME);
                out = walkFrom(t, i, node, rd.strip(i, r), out);
            }
        }
        flagsOut[0] = flags;
        return finish(out);
    }

    /** As {@link #matchesAt(Tokens, int)} with precomputed readings. */
    public List<Hit> matchesAt(Tokens t, TokenReadings rd, int i) {
        if (i < 0 || i >= t.size) {
            return List.of();
        }
        List<Hit> out = null;
        int nr = rd.count(i);
        for (int r = 0; r < nr; r++) {
            out = walk(t, i, rd.form(i, r), rd.strip(i, r), out);
        }
        return finish(out);
    }

    /** Longest-first hits with no proclitic stripped (reading 0 only). */
    public List<Hit> bareMatchesAt(Tokens t, int i) {
        if (i < 0 || i >= t.size) {
            return List.of();
        }
        return finish(walk(t, i, t.norm[i], 0, null));
    }

    private List<Hit> walk(Tokens t, int i, String first, int strip, List<Hit> out) {
        Node node = rootGet(first);
        if (node == null) {
            return out;
        }
        return walkFrom(t, i, node, strip, out);
    }

    private static List<Hit> walkFrom(Tokens t, int i, Node node, int strip, List<Hit> out) {
        int j = i;
        while (true) {
            if (node.entries != null && (j > i || !shortOrgMisread(t, i, strip, node.entries))) {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add(new Hit(i, j + 1, strip, node.entries));
            }
            if (node.next == null || j + 1 >= t.size) {
                break;
            }
            int g = t.gap[j + 1];
            if ((g & ~Tokens.GAP_DOT) != 0) {
                break;
            }
            Node nx = node.next.get(t.norm[j + 1]);
            if (nx == null) {
                break;
            }
            node = nx;
            j++;
        }
        return out;
    }

    /** Longest organisation acronym (in letters) that is taken only when written exactly so. */
    private static final int SHORT_FORM = 3;

    /**
     * A one-word organisation form of up to three letters ("وام", "وات", "واس") read from a longer word or a
     * differently spelled one: "فوات" is ف + "وات" only by accident, and "وأم" is و + "أم", not the agency. Such
     * acronyms are written bare and without hamza unless quoted; places ("بحمص") keep their clitic readings.
     */
    private static boolean shortOrgMisread(Tokens t, int i, int strip, Entry[] entries) {
        if (t.norm[i].length() - strip > SHORT_FORM || (t.gap[i] & Tokens.GAP_QUOTE) != 0) {
            return false; // a quote marks the word as a name ("“لقسد”")
        }
        for (Entry e : entries) {
            if (e.type() != EntityType.ORGANIZATION) {
                return false;
            }
        }
        if (strip > 0) {
            return true;
        }
        for (int k = t.start[i]; k < t.end[i]; k++) {
            if ("\u0623\u0625\u0622\u0624\u0626\u0629\u0649".indexOf(t.text.charAt(k)) >= 0) {
                return true; // أ إ آ ؤ ئ ة ى: folded away, so the written word is another one
            }
        }
        return false;
    }

    private static List<Hit> finish(List<Hit> out) {
        if (out == null) {
            return List.of();
        }
        if (out.size() > 1) {
            out.sort((a, b) -> a.tokEnd != b.tokEnd ? Integer.compare(b.tokEnd, a.tokEnd)
                    : Integer.compare(a.strip, b.strip));
        }
        return out;
    }

    /** Exact lookup of a whole phrase (after proclitic readings of its first token), or null. */
    public Entry[] lookupPhrase(String phrase) {
        if (phrase == null) {
            return null;
        }
        Tokens t = Tokens.of(phrase);
        if (t.size == 0) {
            return null;
        }
        int first = 0;
        if (t.size > 1 && t.norm[0].length() == 1 && TokenReadings.isCliticLetter(t.norm[0].charAt(0))) {
            first = 1; // "لـ“سبوتنيك”"
        }
        for (Hit h : matchesAt(t, first)) {
            if (h.tokEnd == t.size) {
                return h.entries;
            }
        }
        return null;
    }
}
