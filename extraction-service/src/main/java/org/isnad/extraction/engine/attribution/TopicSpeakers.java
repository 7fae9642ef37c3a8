package org.isnad.extraction.engine.attribution;

import java.util.Set;
import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.text.Token;

/**
 * "أما سلوى، وهي معلمة من صيدا، فتقول إن …": the topic of أما is the subject of the clause that ف opens. Feature
 * stories introduce a new voice this way, often by first name only; without this rule the cue has no subject and
 * falls back to the person quoted before.
 */
final class TopicSpeakers {
    private TopicSpeakers() {
    }

    private static final Set<String> AMMA = ArabicLexicons.set("أما", "وأما");

    /** Longest topic read as a speaker phrase ("أما صاحب المتجر، …"). */
    private static final int MAX_TOPIC_WORDS = 7; // "أما المحلل السياسي فلان ولد فلان،": title + a long name

    /** [start, end) of the topic when the sentence opens "أما X،" and the cue at {@code i} carries ف, else null. */
    static int[] ammaTopic(ParagraphContext c, int from, int i) {
        if (!(c.f[i].startsWith("ف") || ammaFaqad(c, from, i - 1)) || from + 2 >= i || !AMMA.contains(c.f[from])) {
            return null;
        }
        for (int k = from + 1; k < i && k - from <= MAX_TOPIC_WORDS + 1; k++) {
            Token t = c.toks.get(k);
            if (t.isComma()) {
                if (k == from + 1) {
                    return null;
                }
                int name = appositiveNameEnd(c, k, i);
                return new int[]{from + 1, name > 0 ? name : k}; // "أما محافظ X، فلان الفلاني، فقد أعلن"
            }
            if (t.kind() != Token.Kind.WORD) {
                return null;
            }
        }
        return null;
    }

    /** "أما X، … فقد أعلن": the ف of the answer rides on قد, the perfect's particle, not on the verb. */
    static boolean ammaFaqad(ParagraphContext c, int from, int k) {
        return k > from && c.f[k].equals("فقد") && AMMA.contains(c.f[from]);
    }

    /** Longest name set off between the topic's comma and the answer: a given name to a four-part name. */
    private static final int MAX_APPOSITIVE_WORDS = 4;

    /**
     * "أما محافظ X، فلان الفلاني، فقد أعلن": a short appositive between the topic's comma at {@code comma} and a
     * comma right before the answer (the ف-verb at {@code i}, or فقد before it) names the topic; the topic then
     * runs to that comma, so the name is found in it. A description ("، وهي معلمة،") is no name: -1.
     */
    private static int appositiveNameEnd(ParagraphContext c, int comma, int i) {
        int close = c.f[i - 1].equals("فقد") ? i - 2 : i - 1;
        if (close - comma - 1 < 1 || close - comma - 1 > MAX_APPOSITIVE_WORDS || !c.toks.get(close).isComma()
                || PERSON_APPOSITION.contains(c.f[comma + 1])) {
            return -1;
        }
        for (int q = comma + 1; q < close; q++) {
            if (c.toks.get(q).kind() != Token.Kind.WORD) {
                return -1;
            }
        }
        return close;
    }

    private static final Set<String> PERSON_APPOSITION = ArabicLexicons.set("وهي", "وهو");

    /**
     * The topic is one bare word set off by "، وهي …" / "، وهو …" (a description of a person): a first name, typed
     * as the named person it is, and remembered by that name for a later "وتضيف سلوى". Returns null otherwise.
     */
    static SpeakerResolver.Speaker firstNamePerson(ParagraphContext c, int[] topic, String cue) {
        int a = topic[0];
        String f = c.f[a];
        if (topic[1] != a + 1 || f.startsWith("ال") || ArabicLexicons.NOT_NAME.contains(f) || ArabicLexicons.anonHead(f)
                || ArabicLexicons.TITLES.contains(f) || ArabicLexicons.OUTLET_NAMES.contains(f)
                || a + 2 >= c.f.length || !PERSON_APPOSITION.contains(c.f[a + 2])) {
            return null;
        }
        String name = c.orig(a, a + 1);
        Attribution at = new Attribution(SourceType.NAMED_PERSON, name, null, cue);
        return new SpeakerResolver.Speaker(at, new SpeakerMemory.Speaker(at, f, f, f));
    }
}
