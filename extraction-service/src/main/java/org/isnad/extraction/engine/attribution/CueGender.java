package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.text.Fold;

/**
 * A report verb agrees with its subject in gender: "وأضافت أن …" continues the woman quoted before, even when a man
 * was quoted since; "وأضاف أن …" continues the man. A subjectless continuation takes the latest speaker; when that
 * speaker is a named person introduced by a verb of the other gender, the latest named person whose verb agrees is
 * taken instead. Bodies are left alone (their grammatical gender follows the head noun, not a person).
 */
final class CueGender {
    private CueGender() {
    }

    enum Gender { MASCULINE, FEMININE, UNKNOWN }

    /** The gender a cue word marks on its subject: past 3ms/3fs, imperfect يـ/تـ, participle ـاً/ـةً. */
    static Gender of(String cueWord) {
        if (cueWord == null) {
            return Gender.UNKNOWN;
        }
        String w = Fold.fold(cueWord);
        CueLexicon.Cue cue = CueLexicon.get().lookup(w);
        if (cue == null) {
            return Gender.UNKNOWN;
        }
        if ((w.startsWith("و") || w.startsWith("ف")) && CueLexicon.get().lookup(w.substring(1)) != null) {
            w = w.substring(1);
        }
        String past = Fold.fold(cue.lemma());
        if (cue.kind() == CueLexicon.Kind.PARTICIPLE) {
            return w.endsWith("ه") ? Gender.FEMININE : w.endsWith("ا") ? Gender.MASCULINE : Gender.UNKNOWN;
        }
        if (w.equals(past)) {
            return Gender.MASCULINE;
        }
        if (w.equals(past + "ت")) {
            return Gender.FEMININE;
        }
        if (w.startsWith("ي") && !w.endsWith("ون")) {
            return Gender.MASCULINE;
        }
        if (w.startsWith("ت") && !w.endsWith("ون")) {
            return Gender.FEMININE;
        }
        return Gender.UNKNOWN;
    }

    /** The latest speaker for a subjectless continuation with cue {@code cue}, agreeing in gender when it can. */
    static SpeakerMemory.Speaker continued(SpeakerMemory mem, String cue) {
        SpeakerMemory.Speaker last = mem.last();
        Gender g = of(cue);
        if (last == null || g == Gender.UNKNOWN || last.attribution().sourceType() != SourceType.NAMED_PERSON) {
            return last;
        }
        Gender lg = of(last.attribution().cue());
        if (lg == Gender.UNKNOWN || lg == g) {
            return last;
        }
        SpeakerMemory.Speaker agreeing = mem.latest(s -> s.attribution().sourceType() == SourceType.NAMED_PERSON
                && of(s.attribution().cue()) == g);
        return agreeing != null ? agreeing : last;
    }
}
