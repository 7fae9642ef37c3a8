package org.isnad.extraction.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.isnad.extraction.engine.attribution.ArabicAttributor;
import org.isnad.extraction.engine.attribution.Drafts;
import org.isnad.extraction.engine.attribution.EnglishAttributor;
import org.isnad.extraction.engine.attribution.ParagraphContext;
import org.isnad.extraction.engine.attribution.PostposedQuotation;
import org.isnad.extraction.engine.attribution.SpeakerMemory;
import org.isnad.extraction.engine.boilerplate.BoilerplateDetector;
import org.isnad.extraction.engine.checkworthiness.CheckworthinessScorer;
import org.isnad.extraction.engine.entity.EntityFinder;
import org.isnad.extraction.engine.entity.EntityMerger;
import org.isnad.extraction.engine.entity.RuleEntityFinder;
import org.isnad.extraction.engine.language.LanguageDetector;
import org.isnad.extraction.engine.segment.Datelines;
import org.isnad.extraction.engine.segment.NonClaimText;
import org.isnad.extraction.engine.segment.Sentences;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.NormalizedText;
import org.isnad.extraction.engine.text.TextNormalizer;
import org.isnad.extraction.engine.text.Token;
import org.isnad.extraction.engine.text.Tokenizer;

/**
 * The pipeline: hygiene (normalised view + offset map) → language → boilerplate → paragraphs → headline
 * and dateline → sentences → cue-based clause segmentation and attribution (Arabic / English) → entities
 * (all finders merged) → per-claim quantities, entity references and check-worthiness. Pure and thread-safe:
 * all state lives in the call. Never throws: any internal failure yields an empty, well-formed result.
 */
public final class IsnadExtractionEngine implements ExtractionEngine {
    public static final String VERSION = "isnad-core-0.1.0";

    private final LanguageDetector languageDetector = new LanguageDetector();
    private final BoilerplateDetector boilerplateDetector = new BoilerplateDetector();
    private final ArabicAttributor arabic = new ArabicAttributor();
    private final EnglishAttributor english = new EnglishAttributor();
    private final CheckworthinessScorer scorer = new CheckworthinessScorer();
    private final EntityMerger merger = new EntityMerger();
    private final List<EntityFinder> finders;
    private final String version;

    public IsnadExtractionEngine() {
        this(defaultFinders());
    }

    /** The default finders: gazetteer/triggers, dates, quantities (colleague's packages) and the engine's rules. */
    public static List<EntityFinder> defaultFinders() {
        return List.of(new org.isnad.extraction.engine.entity.LexiconFinders.All(), new RuleEntityFinder());
    }

    /**
     * The default finders plus the statistical NER ({@code ner.ArabicNer}, ANERcorp labels) as a gap filler.
     * Off by default: on the dev gold it adds no correct entity, and it costs about 4 ms of CPU per article
     * (the rest of the pipeline about 1–1.5 ms) plus ~0.8 s / ~10 MB to load the model.
     */
    public static IsnadExtractionEngine withStatisticalNer() {
        List<EntityFinder> fs = new ArrayList<>(defaultFinders());
        fs.add(org.isnad.extraction.engine.entity.TokenTaggerFinder.of(
                org.isnad.extraction.engine.ner.ArabicNer.loadDefault()));
        return new IsnadExtractionEngine(fs);
    }

    /** @param finders entity sources, merged in this order of priority (earlier = higher on ties) */
    public IsnadExtractionEngine(List<EntityFinder> finders) {
        this.finders = List.copyOf(finders);
        StringBuilder v = new StringBuilder(VERSION);
        for (EntityFinder f : finders) {
            v.append('+').append(f.name());
        }
        this.version = v.toString();
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public ExtractionResult extract(ExtractionRequest request) {
        String text = request == null || request.text() == null ? "" : request.text();
        String lang = request != null && request.language() != null && !request.language().isBlank()
                ? request.language().trim().toLowerCase(java.util.Locale.ROOT) : null;
        try {
            return doExtract(text, request == null ? null : request.title(), lang,
                    request == null ? null : request.articleDate());
        } catch (RuntimeException | StackOverflowError e) {
            return new ExtractionResult(lang == null ? "und" : lang, version, List.of(), List.of(), List.of());
        }
    }

    private ExtractionResult doExtract(String text, String title, String requestedLang,
                                       java.time.LocalDate articleDate) {
        if (text.isBlank()) {
            return new ExtractionResult(requestedLang == null ? "und" : requestedLang, version, List.of(), List.of(),
                    List.of());
        }
        NormalizedText nt = TextNormalizer.normalize(text);
        String lang = requestedLang != null ? requestedLang : languageDetector.detect(nt.norm());
        boolean isArabic = lang.equals("ar");
        boolean supported = isArabic || lang.equals("en") || lang.equals("fr") || lang.equals("es")
                || lang.equals("de");

        // --- boilerplate
        List<BoilerplateDetector.Line> bl = boilerplateDetector.detect(nt);
        List<Span> boiler = mergeBoilerplate(nt, bl);

        // --- paragraphs (content lines)
        String norm = nt.norm();
        List<int[]> paras = new ArrayList<>();
        List<List<Token>> paraTokens = new ArrayList<>();
        List<int[]> lines = nt.lines();
        int bi = 0;
        for (int li = 0; li < lines.size(); li++) {
            int[] ln = lines.get(li);
            while (bi < bl.size() && bl.get(bi).normEnd() <= ln[0]) {
                bi++;
            }
            boolean isBoiler = bi < bl.size() && bl.get(bi).normStart() < ln[1] && bl.get(bi).normEnd() > ln[0];
            if (!isBoiler) {
                paras.add(ln);
                paraTokens.add(nt.lineTokens().get(li));
            }
        }
        SpeakerMemory mem = new SpeakerMemory();
        List<PendingClaim> pending = new ArrayList<>();
        String titleFolded = title == null ? null : Fold.fold(title);
        for (int p = 0; p < paras.size() && supported; p++) {
            int[] pr = paras.get(p);
            List<Token> toks = paraTokens.get(p);
            if (toks.isEmpty()) {
                continue;
            }
            ParagraphContext ctx = new ParagraphContext(nt, toks);
            if (p == 0 && pr[0] == firstContentStart(norm)) {
                String line = Fold.lower(norm.substring(pr[0], pr[1]));
                int words = countWords(toks);
                if (Datelines.isHeadline(line, words, paras.size() > 1, titleFolded)) {
                    continue;
                }
            }
            if (p > 0 && NonClaimText.isSubheading(toks, p + 1 < paras.size())) {
                continue; // a crosshead between paragraphs
            }
            int from = 0;
            if (p <= 3) {
                from = Datelines.datelineEnd(toks, 0, toks.size());
            }
            if (from >= toks.size()) {
                continue;
            }
            Attribution quoteDefault = null;
            if (ctx.tokens().get(from).isQuote() && mem.last() != null && !shortQuote(ctx, from)) {
                Attribution la = mem.last().attribution();
                quoteDefault = new Attribution(la.sourceType(), la.source(), null, null);
            }
            Attribution lastInParagraph = null;
            List<int[]> sentences = Sentences.split(toks, from, toks.size());
            if (isArabic) {
                sentences = PostposedQuotation.merge(ctx, sentences); // «… . …»، يقول فلان
            }
            for (int[] sen : sentences) {
                if (NonClaimText.isQuestion(toks, sen[0], sen[1])) {
                    continue; // questions are not claims
                }
                Attribution qd = quoteDefault;
                if (lastInParagraph != null && ctx.insideQuote(sen[0])) {
                    qd = lastInParagraph; // the quotation runs on from the previous sentence
                }
                List<Drafts> drafts = isArabic
                        ? arabic.sentence(ctx, sen[0], sen[1], mem, qd)
                        : english.sentence(ctx, sen[0], sen[1], mem, qd);
                if (!drafts.isEmpty()) {
                    lastInParagraph = drafts.get(drafts.size() - 1).attribution();
                }
                for (Drafts d : drafts) {
                    PendingClaim pc = PendingClaim.trimmed(ctx, d);
                    if (pc != null) {
                        pending.add(pc);
                    }
                }
            }
        }

        // --- entities
        List<Entity> entities;
        if (supported) {
            List<List<Entity>> per = new ArrayList<>();
            List<Integer> prio = new ArrayList<>();
            for (int f = 0; f < finders.size(); f++) {
                List<Entity> found;
                try {
                    found = finders.get(f).find(nt, lang, articleDate);
                } catch (RuntimeException e) {
                    found = List.of();
                }
                per.add(found == null ? List.of() : found);
                int pr = finders.get(f).priority();
                prio.add(pr < 0 ? pr * 100 - f : pr * 100 + (finders.size() - f));
            }
            per.add(speakerPersons(nt, mem, paraTokens));
            prio.add(0);
            entities = merger.merge(text, per, prio, boiler);
        } else {
            entities = List.of();
        }

        // --- claims
        List<Claim> claims = new ArrayList<>(pending.size());
        for (PendingClaim pc : pending) {
            if (EntityMerger.overlapsAny(boiler, pc.start(), pc.end())) {
                continue;
            }
            List<Integer> refs = new ArrayList<>();
            List<Quantity> qs = new ArrayList<>();
            int lo = lowerBound(entities, pc.start());
            for (int k = lo; k < entities.size() && entities.get(k).start() < pc.end(); k++) {
                Entity e = entities.get(k);
                if (e.start() >= pc.start() && e.end() <= pc.end()) {
                    refs.add(k);
                    if (e.type() == EntityType.QUANTITY) {
                        qs.add(toQuantity(e));
                    }
                }
            }
            int named = 0;
            for (int r : refs) {
                EntityType t = entities.get(r).type();
                if (t != EntityType.QUANTITY && t != EntityType.DATE) {
                    named++;
                }
            }
            CheckworthinessScorer.Score sc = scorer.score(pc.tokens(), pc.folded(), named, qs.size(),
                    pc.attribution().sourceType());
            claims.add(new Claim(text.substring(pc.start(), pc.end()), pc.start(), pc.end(), sc.value(),
                    Collections.unmodifiableMap(sc.features()), pc.attribution(), List.copyOf(qs), List.copyOf(refs)));
        }
        return new ExtractionResult(lang, version, List.copyOf(boiler), List.copyOf(claims), List.copyOf(entities));
    }

    /** PERSON mentions from attribution (appositive / titled speakers) and every later mention of their surname. */
    private static List<Entity> speakerPersons(NormalizedText nt, SpeakerMemory mem, List<List<Token>> paraTokens) {
        List<Entity> out = new ArrayList<>();
        for (int[] sp : mem.personSpans()) {
            addEntity(nt, out, sp[0], sp[1], EntityType.PERSON);
        }
        if (!mem.surnames().isEmpty()) {
            String[] surnames = mem.surnames().toArray(new String[0]); // iteration order kept
            for (List<Token> toksOfPara : paraTokens) {
                for (Token t : toksOfPara) {
                    if (t.kind() != Token.Kind.WORD) {
                        continue;
                    }
                    String f = t.folded();
                    int strip = RuleEntityFinder.surnameStrip(f, surnames);
                    if (strip >= 0) {
                        addEntity(nt, out, t.start() + strip, t.end(), EntityType.PERSON);
                    }
                }
            }
        }
        return out;
    }

    private static void addEntity(NormalizedText nt, List<Entity> out, int ns, int ne, EntityType type) {
        if (ne <= ns) {
            return;
        }
        Span sp = nt.toOriginal(ns, ne);
        if (sp.length() == 0) {
            return;
        }
        String t = nt.original().substring(sp.start(), sp.end());
        out.add(new Entity(t, type, sp.start(), sp.end(), nt.norm().substring(ns, ne)));
    }

    private static int firstContentStart(String norm) {
        int i = 0;
        while (i < norm.length() && (norm.charAt(i) == '\n' || norm.charAt(i) == ' ')) {
            i++;
        }
        return i;
    }

    private static int countWords(List<Token> toks) {
        int n = 0;
        for (Token t : toks) {
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                n++;
            }
        }
        return n;
    }

    private static int lowerBound(List<Entity> es, int start) {
        int lo = 0;
        int hi = es.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (es.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * {@code Double.valueOf(s)}, with a fast path for the usual value, a whole number of at most 15 digits (exact
     * in a double, so the same value): Double's decimal parser was a visible share of the claim loop.
     */
    private static Double parseValue(String s) {
        int n = s.length();
        if (n > 0 && n <= 15) {
            long v = 0;
            int k = 0;
            for (; k < n; k++) {
                char c = s.charAt(k);
                if (c < '0' || c > '9') {
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (k == n) {
                return (double) v;
            }
        }
        return Double.valueOf(s);
    }

    private static Quantity toQuantity(Entity e) {
        Double v = null;
        try {
            v = e.normalized() == null ? null : parseValue(e.normalized());
        } catch (NumberFormatException ex) {
            v = null;
        }
        String t = Fold.fold(e.text());
        boolean approx = v == null || t.startsWith("نحو") || t.startsWith("اكثر") || t.startsWith("اقل")
                || t.startsWith("حوالي") || t.startsWith("ما يقارب") || t.startsWith("قرابه") || t.startsWith("more")
                || t.startsWith("nearly") || t.startsWith("about") || t.startsWith("at least") || t.startsWith("almost");
        String unit = null;
        int sp = e.text().lastIndexOf(' ');
        if (sp > 0) {
            String last = e.text().substring(sp + 1);
            if (!last.isEmpty() && !Character.isDigit(last.charAt(0))) {
                unit = last;
            }
        }
        return new Quantity(e.text(), e.start(), e.end(), v, approx, unit);
    }

    private List<Span> mergeBoilerplate(NormalizedText nt, List<BoilerplateDetector.Line> lines) {
        List<Span> out = new ArrayList<>();
        String norm = nt.norm();
        int i = 0;
        while (i < lines.size()) {
            int a = lines.get(i).normStart();
            int b = lines.get(i).normEnd();
            int j = i + 1;
            while (j < lines.size() && onlyNewlinesBetween(norm, b, lines.get(j).normStart())) {
                b = lines.get(j).normEnd();
                j++;
            }
            out.add(nt.toOriginal(a, b));
            i = j;
        }
        return out;
    }

    private static boolean onlyNewlinesBetween(String norm, int a, int b) {
        for (int k = a; k < b; k++) {
            char c = norm.charAt(k);
            if (c != '\n' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** "“المقاومة الشعبية” أصدرت": a quoted name at the paragraph start, not a quotation. */
    private static boolean shortQuote(ParagraphContext ctx, int q) {
        List<Token> toks = ctx.tokens();
        for (int e = q + 1; e < toks.size() && e <= q + 5; e++) {
            if (toks.get(e).isQuote()) {
                return e + 1 < toks.size() && toks.get(e + 1).kind() == Token.Kind.WORD;
            }
        }
        return false;
    }
}
