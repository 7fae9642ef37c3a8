package org.isnad.extraction.engine.attribution;

import org.isnad.extraction.engine.Attribution;

/** One cue occurrence. Regions are token indices; {@code attr == null} means "resolve from context". */
final class CueHit {
    int regionStart;
    int contentStart;
    CueLexicon.Kind kind;
    Attribution attr;
    boolean prepAtStart;
    boolean svo;
    String cue;
}
