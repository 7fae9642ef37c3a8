package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.segment.ClauseRules;

/**
 * A body that acts in a narrated sentence is the subject of a report verb that opens the next one without a subject
 * of its own: "وسيطرت قوات النخبة على 3 بلدات." "وأعلنت في بيان أنها …". Arabic drops the subject pronoun when the
 * actor continues, so the continuation belongs to that body, not to whoever was quoted before the narration.
 */
final class NarratedActors {
    private NarratedActors() {
    }

    /** Cue passed to the speaker-phrase scanner for the actor. */
    private static final CueLexicon.Cue SCAN = new CueLexicon.Cue("قال", CueLexicon.Kind.VERB, false, false);

    /** Remembers the institution that is the main verb's subject of the cue-less sentence [from, to). */
    static void record(ParagraphContext c, int from, int to, SpeakerMemory mem) {
        int v = ClauseSubjects.mainVerb(c, from, to);
        if (v < 0 || !(ClauseRules.looksLikeVerb(c.f[v]) || ClauseRules.isWawVerb(c.f[v])
                || ClauseRules.isWawFormTwo(c.origToken(v)))) {
            return;
        }
        int[] subject = ClauseSubjects.mainSubject(c, from, to, SCAN);
        if (subject == null || !ClauseSubjects.institutionHead(c.f[subject[0]])) {
            return;
        }
        SpeakerResolver.Speaker sp = SpeakerResolver.resolve(c, subject[0], subject[1], false, mem, null, null, false);
        Attribution a = sp.attribution();
        if (a.sourceType() == SourceType.OFFICIAL && sp.memo() != null) {
            mem.remember(sp.memo());
        }
    }
}
