package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.Attribution;
import org.isnad.extraction.engine.SourceType;
import org.isnad.extraction.engine.text.Fold;

/**
 * "أفادت الوكالة ذاتها" / "وقالت الوكالة نفسها": the news agency cited just before, named again. The emphatic
 * ذاتها/نفسها is no part of the name, and the agency stays an outlet even when it was last cited as the relay of
 * someone else's words ("ونقلت وكالة X للأنباء عن مصدر …"): its name is then in the outlet column, not the source.
 */
final class SameAgencyReferences {

    private SameAgencyReferences() {
    }

    /** The agency cited before when [a, b) is "الوكالة" + an emphatic, else null. */
    static SpeakerResolver.Speaker resolve(ParagraphContext c, int a, int b, SpeakerMemory mem, String outlet,
            String cue) {
        if (b - a != 2 || !c.f[a].equals("الوكاله") || !SpeakerResolver.SAME_SOURCE_EMPHATICS.contains(c.f[a + 1])) {
            return null;
        }
        SpeakerMemory.Speaker s = mem.latest(SameAgencyReferences::citesNewsAgency);
        if (s == null) {
            return null;
        }
        Attribution la = s.attribution();
        String name = la.sourceType() == SourceType.OUTLET && agencyName(la.source()) ? la.source() : la.outlet();
        return new SpeakerResolver.Speaker(new Attribution(SourceType.OUTLET, name, outlet, cue), null);
    }

    private static boolean citesNewsAgency(SpeakerMemory.Speaker s) {
        Attribution at = s.attribution();
        return at.sourceType() == SourceType.OUTLET && agencyName(at.source()) || agencyName(at.outlet());
    }

    /** "وكالة X للأنباء", "وكالة الأنباء الرسمية": an agency whose name carries its news trade. */
    private static boolean agencyName(String name) {
        if (name == null) {
            return false;
        }
        String f = Fold.fold(name);
        return f.startsWith("وكاله") && (f.contains("انباء") || f.contains("اعلام"));
    }
}
