package org.isnad.review.clustering;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A claim pre-processed once so that matching it against many earlier claims is cheap: sorted
 * hashed token stems and character 3-grams (compared by merge), plus the guard features.
 */
public final class PreparedClaim {

    private static final Set<String> STOP = new HashSet<>(ArabicText.tokens(ArabicText.normalize(
            "في من على إلى الى عن أن إن ان مع بعد قبل هذا هذه ذلك التي الذي الذين ما و ف ثم أو او "
            + "قد كان كانت يكون تكون بين حول عند منذ خلال ضد لدى هو هي هم كل أي اي بشأن بسبب حتى")));

    /**
     * Attribution and headline-framing words that never change what is claimed: "مصر تعلن رفع الأسعار"
     * states the same as "مصر: رفع الأسعار", "هل ..." / "تعرف على ..." frame a claim without changing
     * it. Dropped from the compared stems like stop words (their negation and concept cues are still
     * read). Written from general news style, not from ANS.
     */
    private static final Set<String> FRAMING = new HashSet<>(ArabicText.tokens(ArabicText.normalize(
            "قال قالت يقول تقول أعلن أعلنت يعلن تعلن إعلان أكد أكدت يؤكد تؤكد صرح تصريحات وفق وفقا حسب نقلا "
            + "هل ماذا لماذا كيف متى أين تعرف عاجل رسميا رسمي مجددا اعتبارا أيضا فقط بالفيديو بالصور فيديو صور")));

    final String text;
    final long[] tokenHashes;    // sorted unique hashes of content stems
    final String[] tokenStems;   // stems parallel to tokenHashes (for explanations)
    final long[] skeletonHashes; // hash of each stem's consonant skeleton, parallel (PairFeatures)
    final String[] skeletons;    // the skeletons themselves, for spelling-variant alignment
    final String[] roots;        // rough three-consonant root of each stem (rootKey), for derivational alignment
    final int[] positions;       // first token position of each stem, parallel (word-order feature)
    final int[][] wordSlots;     // PairFeatures hash slots of each stem, parallel: computed once, matched often
    final long[] gramHashes;     // sorted unique packed char 3-grams
    final String[] numbers;      // sorted unique numbers as written (ASCII digits)
    final Set<String> negations; // negation/denial forms present
    final long polarity;          // bit (group*2+side) set if a cue of that side occurs
    final Set<String> entities;  // entity ids present
    final long[] conceptsAt;     // Lexicon concepts of every token position, stop words included (قبل/بعد)
    final long[] clauseConcepts; // per token position: the Lexicon concepts of its clause (Lexicon.clauses)
    final long concepts;         // OR of conceptsAt
    final long[] stemConcepts;   // Lexicon concepts of each stem, parallel to tokenHashes (synonym alignment)
    final String[] stemEntities; // Cues entity id of each stem or null, parallel (بكين ~ الصين)
    final long[] stemSynonyms;   // Lexicon synonym sets of each stem, parallel (اعلن ~ صرح)

    private PreparedClaim(String text, long[] tokenHashes, String[] tokenStems, int[] positions, long[] gramHashes,
                          String[] numbers, Set<String> negations, long polarity, Set<String> entities, long[] conceptsAt,
                          long[] clauseConcepts, String[] entityAt) {
        this.text = text;
        this.tokenHashes = tokenHashes;
        this.tokenStems = tokenStems;
        this.positions = positions;
        this.skeletons = new String[tokenStems.length];
        this.skeletonHashes = new long[tokenStems.length];
        this.wordSlots = new int[tokenStems.length][];
        this.roots = new String[tokenStems.length];
        for (int i = 0; i < tokenStems.length; i++) {
            skeletons[i] = skeleton(tokenStems[i]);
            roots[i] = rootKey(skeletons[i]);
            skeletonHashes[i] = hash(skeletons[i]);
            wordSlots[i] = PairFeatures.wordSlots(tokenStems[i], tokenHashes[i], skeletonHashes[i]);
        }
        this.gramHashes = gramHashes;
        this.numbers = numbers;
        this.negations = negations;
        this.polarity = polarity;
        this.entities = entities;
        this.conceptsAt = conceptsAt;
        this.clauseConcepts = clauseConcepts;
        long all = 0;
        for (long c : conceptsAt) all |= c;
        this.concepts = all;
        this.stemConcepts = new long[tokenStems.length];
        this.stemEntities = new String[tokenStems.length];
        this.stemSynonyms = new long[tokenStems.length];
        for (int i = 0; i < tokenStems.length; i++) {
            stemConcepts[i] = conceptsAt[positions[i]];
            stemEntities[i] = entityAt[positions[i]];
            stemSynonyms[i] = Lexicon.synonymsOf(tokenStems[i]);
        }
    }

    /** Never throws; null or garbage input yields an empty claim that matches nothing. */
    public static PreparedClaim of(String raw) {
        String norm = ArabicText.normalize(raw == null ? "" : raw);
        List<String> toks = ArabicText.tokens(norm);
        int n = toks.size();
        long[] th = new long[n];
        String[] st = new String[n];
        int[] pos = new int[n];
        int nth = 0;
        Set<String> nums = null, neg = null, ents = null; // allocated lazily: most claims have none
        long pol = 0;
        long[] concepts = new long[n];
        String[] entityAt = new String[n];
        StringBuilder stripped = new StringBuilder(norm.length() + 2).append(' ');
        String prevStem = null;
        for (int ti = 0; ti < n; ti++) {
            String t = toks.get(ti);
            String bare = ArabicText.stripClitics(t);
            String stem = ArabicText.stripSuffix(bare);
            stripped.append(bare).append(' ');
            if (Character.isDigit(t.charAt(0))) (nums = lazy(nums)).add(stripZeros(t));
            String mag = Cues.lookup(Cues.MAGNITUDES, bare);
            if (mag != null) (nums = lazy(nums)).add(mag);
            String date = Cues.lookup(Cues.DATES, bare);
            if (date != null) (nums = lazy(nums)).add(date);
            if ((Cues.contains(Cues.NEGATION, t) || Cues.contains(Cues.NEGATION, bare))
                    && !(ti + 1 < n && Cues.NEGATION_IDIOM_NEXT.contains(toks.get(ti + 1)))
                    && !t.equals("لازال") && !t.equals("مازال")) {
                (neg = lazy(neg)).add(bare);
            }
            Long p = Cues.lookup(Cues.POLARITY_INDEX, bare);
            if (p != null) pol |= p;
            String e = Cues.lookup(Cues.ENTITY_INDEX, stem);
            if (e != null) (ents = lazy(ents)).add(e);
            entityAt[ti] = e;
            if (prevStem != null && Cues.ENTITY_BIGRAM_FIRST.contains(prevStem)) {
                String e2 = Cues.ENTITY_BIGRAMS.get(prevStem + " " + stem);
                if (e2 != null) {
                    (ents = lazy(ents)).add(e2);
                    entityAt[ti - 1] = entityAt[ti] = e2; // both words of الولايات المتحدة stand for US
                }
            }
            prevStem = stem;
            concepts[ti] = Lexicon.of(t);
            if (ti > 0) {
                long two = Lexicon.ofPair(toks.get(ti - 1), t); // e.g. وقف اطلاق (النار): the first token carries it
                if (two != 0) {
                    concepts[ti - 1] = two;
                    concepts[ti] = 0;
                }
            }
            if (!STOP.contains(t) && !STOP.contains(bare) && !Cues.contains(FRAMING, t)) {
                // insertion sort by hash keeps stems parallel to hashes; headlines have ~10 tokens
                long h = hash(stem);
                int k = nth++;
                while (k > 0 && th[k - 1] > h) { th[k] = th[k - 1]; st[k] = st[k - 1]; pos[k] = pos[k - 1]; k--; }
                th[k] = h;
                st[k] = stem;
                pos[k] = ti;
            }
        }
        int u = 0;
        for (int i = 0; i < nth; i++) {
            if (u == 0 || th[u - 1] != th[i]) { th[u] = th[i]; st[u] = st[i]; pos[u] = pos[i]; u++; }
            else pos[u - 1] = Math.min(pos[u - 1], pos[i]);
        }
        return new PreparedClaim(norm, Arrays.copyOf(th, u), Arrays.copyOf(st, u), Arrays.copyOf(pos, u), grams(stripped),
                nums == null ? new String[0] : nums.toArray(String[]::new),
                neg == null ? Set.of() : neg, pol, ents == null ? Set.of() : ents, concepts,
                Lexicon.clauses(toks, concepts), entityAt);
    }

    private static Set<String> lazy(Set<String> s) {
        return s == null ? new TreeSet<>() : s;
    }

    private static String stripZeros(String n) {
        int i = 0;
        while (i < n.length() - 1 && n.charAt(i) == '0' && n.charAt(i + 1) != '.') i++;
        return n.substring(i);
    }

    /** 3 UTF-16 chars packed into one long: exact, no hashing collisions, fast to sort/merge. */
    private static long[] grams(CharSequence s) {
        if (s.length() < 3) return new long[0];
        long[] g = new long[s.length() - 2];
        int k = 0;
        for (int i = 0; i + 3 <= s.length(); i++) {
            if (s.charAt(i + 1) == ' ') continue; // skip grams centred on a space ("x y"): cross-word noise
            g[k++] = ((long) s.charAt(i) << 32) | ((long) s.charAt(i + 1) << 16) | s.charAt(i + 2);
        }
        return sortedUnique(Arrays.copyOf(g, k));
    }

    private static long[] sortedUnique(long[] out) {
        Arrays.sort(out);
        int u = 0;
        for (int i = 0; i < out.length; i++) if (u == 0 || out[u - 1] != out[i]) out[u++] = out[i];
        return u == out.length ? out : Arrays.copyOf(out, u);
    }

    /**
     * The stem without long vowels, hamza seats and teh marbuta (ا ي ه ء): "ارتفاع"/"يرتفع" → "رتفع",
     * "سوريا"/"سوريه" → "سور", "امريكا"/"اميركا" → "مرك". و is kept because it is often a root letter.
     */
    static String skeleton(String stem) {
        StringBuilder b = new StringBuilder(stem.length());
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            if (c != 'ا' && c != 'ي' && c != 'ه' && c != 'ء') b.append(c);
        }
        return b.length() >= 2 ? b.toString() : stem;
    }

    /**
     * A rough root: the skeleton without the derivational prefixes ست م ت ي ن (up to two, keeping three
     * letters) and a plural/verb ending ت ن, so that مطالبات / تطالب (طلب) and استعراض / تستعرض (عرض)
     * meet. Null when fewer than three letters remain or for numbers. Not a morphological analyser:
     * ChangeFeatures only uses it to pair up words already differing between two similar claims.
     */
    static String rootKey(String skeleton) {
        if (skeleton.isEmpty() || Character.isDigit(skeleton.charAt(0))) return null;
        String r = skeleton;
        if (r.length() > 3 && (r.endsWith("ت") || r.endsWith("ن"))) r = r.substring(0, r.length() - 1);
        for (int k = 0; k < 2 && r.length() > 3; k++) {
            if (r.length() > 4 && r.startsWith("ست")) r = r.substring(2);
            else if ("متين".indexOf(r.charAt(0)) >= 0) r = r.substring(1);
            else break;
        }
        return r.length() >= 3 ? r : null;
    }

    static long hash(String s) {
        long h = 1125899906842597L; // 64-bit string hash; collisions are negligible for headline vocab
        for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
        return h;
    }

    /** |a ∩ b| / |a ∪ b| over sorted unique arrays; 0 when both are empty. */
    static double jaccard(long[] a, long[] b) {
        int inter = intersection(a, b);
        int union = a.length + b.length - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    /** |a ∩ b| over sorted unique arrays. */
    static int intersection(long[] a, long[] b) {
        int i = 0, j = 0, inter = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) { inter++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return inter;
    }

    public String normalizedText() {
        return text;
    }

    /** The content stems the matcher compares (no stop words), for finding candidates that share some. */
    public Set<String> stems() {
        return new TreeSet<>(Arrays.asList(tokenStems));
    }
}
