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
        if (!c.f[i].startsWith("ف") || from + 2 >= i || !AMMA.contains(c.f[from])) {
            return null;
        }
        for (int k = from + 1; k < i && k - from <= MAX_TOPIC_WORDS + 1; k++) {
            Token t = c.toks.get(k);
            if (t.isComma()) {
                return k > from + 1 ? new int[]{from + 1, k} : null;
            }
            if (t.kind() != Token.Kind.WORD) {
                return null;
            }
        }
        return null;
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
