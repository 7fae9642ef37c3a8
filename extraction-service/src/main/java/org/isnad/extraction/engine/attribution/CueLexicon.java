package org.isnad.extraction.engine.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.isnad.extraction.engine.text.Fold;
import org.isnad.extraction.engine.text.KeyFilter;

/**
 * Arabic reporting cues in all their surface forms, generated from (past, imperfect, participle) triples:
 * past + {ت، وا، ا، تا}; imperfect with {ي، ت، ن، ا} and {ون، ان، ين}; participle + {ا، ه، ين، ون، ان، تين};
 * each with the و / ف / كما prefixes. All forms are folded (see {@link org.isnad.extraction.engine.text.TextNormalizer}).
 */
public final class CueLexicon {

    public enum Kind {
        /** finite reporting verb: speaker follows (VSO) or precedes (SVO) */
        VERB,
        /** participle of the current speaker: مشيراً، مؤكدةً */
        PARTICIPLE,
        /** prepositional attribution: بحسب X، وفق X، نقلاً عن X */
        PREP,
        /** agentless passive: أفيد، ذُكر (ANONYMOUS, no source) */
        PASSIVE,
        /** narrative aside of the outlet: يُذكر أن، الجدير بالذكر أن (UNATTRIBUTED) */
        NARRATIVE,
        /** call / demand participle (داعياً، مطالباً): ends a clause, its content is not a claim */
        CALL
    }

    public record Cue(String lemma, Kind kind, boolean directObject, boolean needsIla) {
        /** The preposition that introduces the content of a {@link #needsIla()} verb: إلى, or عن for تحدّث. */
        public String contentPreposition() {
            return lemma.equals("تحدّث") ? "عن" : "الي";
        }
    }

    private final Map<String, Cue> forms = new HashMap<>();
    private final Set<String> complementizers = new HashSet<>();

    private static final CueLexicon INSTANCE = new CueLexicon();

    public static CueLexicon get() {
        return INSTANCE;
    }

    private CueLexicon() {
        // lemma, past, imperfect(3ms), participle (or null), direct object allowed, needs "إلى"
        verb("قال", "قال", "يقول", "قائل", false, false);
        verb("أضاف", "أضاف", "يضيف", "مضيف", false, false);
        verb("أكد", "أكد", "يؤكد", "مؤكد", true, false);
        verb("أوضح", "أوضح", "يوضح", "موضح", false, false);
        verb("أشار", "أشار", "يشير", "مشير", false, false);
        verb("كشف", "كشف", "يكشف", "كاشف", true, false);
        verb("اعتبر", "اعتبر", "يعتبر", "معتبر", false, false);
        verb("ختم", "ختم", "يختم", "خاتم", false, false);
        verb("اختتم", "اختتم", "يختتم", null, false, false);
        verb("ذكر", "ذكر", "يذكر", "ذاكر", false, false);
        verb("أفاد", "أفاد", "يفيد", "مفيد", false, false);
        verb("بيّن", "بين", "يبين", "مبين", false, false);
        verb("لفت", "لفت", "يلفت", "لافت", false, false);
        verb("تابع", "تابع", "يتابع", null, false, false);
        verb("زعم", "زعم", "يزعم", "زاعم", false, false);
        verb("نفى", "نفى", "ينفي", null, true, false);
        verb("قدّر", "قدر", "يقدر", "مقدر", true, false);
        verb("أعلن", "أعلن", "يعلن", "معلن", true, false);
        verb("صرّح", "صرح", "يصرح", "مصرح", false, false);
        verb("نوّه", "نوه", "ينوه", "منوه", false, false);
        verb("رأى", "رأى", "يرى", null, false, false);
        verb("توقّع", "توقع", "يتوقع", "متوقع", false, false);
        verb("حذّر", "حذر", "يحذر", "محذر", false, false);
        verb("شدّد", "شدد", "يشدد", "مشدد", false, false);
        verb("أبرز", "أبرز", "يبرز", "مبرز", true, false);
        verb("ألمح", "ألمح", "يلمح", "ملمح", false, false);
        verb("اتهم", "اتهم", "يتهم", null, true, false);
        verb("حمّل", "حمل", "يحمل", "محمل", true, false);
        verb("ادّعى", "ادعى", "يدعي", null, false, false);
        verb("نقل", "نقل", "ينقل", null, false, false);
        verb("روى", "روى", "يروي", null, false, false); // "ويروي فلان، وهو فلاح: «…»": narrates, content after : or أن
        verb("أظهر", "أظهر", "يظهر", null, false, false);
        verb("أورد", "أورد", "يورد", null, false, false);
        verb("رجّح", "رجح", "يرجح", "مرجح", false, false);
        // "، محدداً أن مركزها يقع …": specifying a detail of the report (no direct object: "حددت الوزارة موعداً" is narration)
        verb("حدّد", "حدد", "يحدد", "محدد", false, false);
        verb("أردف", "أردف", "يردف", "مردف", false, false);
        verb("أبلغ", "أبلغ", "يبلغ", null, false, false);
        verb("أعرب", "أعرب", "يعرب", "معرب", false, false);
        verb("اعترف", "اعترف", "يعترف", "معترف", false, false);
        verb("استبعد", "استبعد", "يستبعد", "مستبعد", false, false);
        verb("تعهّد", "تعهد", "يتعهد", "متعهد", false, false);
        verb("أفصح", "أفصح", "يفصح", null, false, false);
        verb("وصف", "وصف", "يصف", "واصف", false, false);
        verb("أوضح", "أوضح", "يوضح", "موضح", false, false);
        verb("ذهب", "ذهب", "يذهب", null, false, true);
        verb("أفادت", "أفاد", "يفيد", null, false, false);
        verb("أكّد", "أكد", "يؤكد", "مؤكد", true, false);
        verb("جزم", "جزم", "يجزم", "جازم", false, false);
        verb("اعتقد", "اعتقد", "يعتقد", "معتقد", false, false);
        verb("أعتبر", "اعتبر", "يعتبر", null, false, false);
        verb("أوردت", "أورد", "يورد", null, false, false);
                verb("نشر", "نشر", "ينشر", null, false, false);
        verb("أقرّ", "أقر", "يقر", null, false, false);
        // "رصد مراسلنا أن …", "رصدت الصحيفة خلال جولة أن …": a field check reported with its finding (a cue only with
        // a complementiser, like the other verbs without a direct object; "رصدت الوزارة اعتمادات" stays narration)
        verb("رصد", "رصد", "يرصد", null, false, false);
        verb("تحدّث", "تحدث", "يتحدث", null, false, true); // "تحدثت مصادر عن سقوط …" (no participle: متحدث = spokesman)
        verb("أصدر", "أصدر", "يصدر", null, false, false);
        // "وردّ خفر السواحل بأن …", "ردّت الوزارة بالقول إن …": a reply is a report only with بأن / بالقول (see
        // NonReportingUses: "رداً على …", "وردت أنباء عن …", "ورد في التقرير أن" are no replies)
        verb("ردّ", "رد", "يرد", null, false, false);
        // "ووثّقت الشبكة …، في تقريرها الشهري، مقتل 20 مدنياً": a monitor documents its finding (a direct object)
        verb("وثّق", "وثق", "يوثق", null, true, false);
        // explicit defective / irregular forms
        // "، متهمةً الأجهزة الأمنية بـ…": the active participle of اتهم (its passive twin "، متهمة بالسرقة" has no
        // accused before the charge and is left out in CueHits)
        add("متهما", "اتهم", Kind.PARTICIPLE, true, false);
        add("متهمه", "اتهم", Kind.PARTICIPLE, true, false);
        add("نفت", "نفى", Kind.VERB, true, false);
        add("نفوا", "نفى", Kind.VERB, true, false);
        add("نافيا", "نفى", Kind.PARTICIPLE, true, false);
        add("نافيه", "نفى", Kind.PARTICIPLE, true, false);
        add("نافين", "نفى", Kind.PARTICIPLE, true, false);
        add("رات", "رأى", Kind.VERB, false, false);
        add("راوا", "رأى", Kind.VERB, false, false);
        add("ترى", "رأى", Kind.VERB, false, false);
        add("يرون", "رأى", Kind.VERB, false, false);
        add("ادعت", "ادّعى", Kind.VERB, false, false);
        add("مضيفا", "أضاف", Kind.PARTICIPLE, false, false);
        add("موكدا", "أكد", Kind.PARTICIPLE, true, false);
        add("موكده", "أكد", Kind.PARTICIPLE, true, false);
        add("يوكد", "أكد", Kind.VERB, true, false);
        add("توكد", "أكد", Kind.VERB, true, false);
        add("قائلا", "قال", Kind.PARTICIPLE, false, false);
        for (String p : new String[]{"متوعدا", "متوعده", "متوعدين", "متعهدا", "متعهده"}) {
            add(p, "توعّد", Kind.PARTICIPLE, false, false); // "، متوعداً بالرد": participle only (the finite verb takes an object)
        }
        add("قائله", "قال", Kind.PARTICIPLE, false, false);
        // "، مدّعياً أن …": the participle of ادّعى (its finite verb is above; مدّعي is otherwise the noun "claimant",
        // which never follows a comma with a complementiser)
        for (String p : new String[]{"مدعيا", "مدعيه", "مدعين"}) {
            add(p, "ادّعى", Kind.PARTICIPLE, false, false);
        }
        // "، مرجعاً ذلك إلى …", "، عازيةً ذلك إلى …": the speaker gives the cause of what he just said; the cause is
        // his claim (participle only: "يرجع ذلك إلى" / "يعزى ذلك إلى" is the article's own explanation)
        for (String p : new String[]{"مرجعا", "مرجعه", "مرجعين", "عازيا", "عازيه", "عازين"}) {
            add(p, CAUSE_LEMMA, Kind.PARTICIPLE, true, false);
        }
        // prepositional
        for (String p : new String[]{"بحسب", "حسب", "وفق", "وفقا", "طبقا", "نقلا", "استنادا", "بحسبِ"}) {
            addWithPrefixes(Fold.fold(p), new Cue(p, Kind.PREP, false, false));
        }
        // passive / narrative
        for (String p : new String[]{"أفيد", "أُفيد", "ذُكر"}) {
            forms.put(Fold.fold(p), new Cue("أفيد", Kind.PASSIVE, false, false));
            forms.put("و" + Fold.fold(p), new Cue("أفيد", Kind.PASSIVE, false, false));
        }
        for (String p : new String[]{"يذكر", "يُذكر", "يشار", "يُشار", "يجدر"}) {
            Cue c = new Cue(p, Kind.NARRATIVE, false, p.contains("شار"));
            forms.put(Fold.fold(p), c);
            forms.put("و" + Fold.fold(p), c);
        }
        for (String p : new String[]{"داعيا", "داعيه", "مطالبا", "مطالبه", "مناشدا", "حاثا", "داعين", "مطالبين"}) {
            addWithPrefixes(Fold.fold(p), new Cue(p, Kind.CALL, false, false));
        }
        // finite calls (دعت X إلى …): a demand, not a statement
        // first-person forms open a quoted appeal: "نناشد المنظمات الدولية فتح ممر آمن" is a request, not a claim
        for (String p : new String[]{"دعا", "دعت", "دعوا", "يدعو", "تدعو", "ناشد", "ناشدت", "حث", "حثت", "ندعو",
                "أدعو", "نناشد", "أناشد", "نحث", "أحث"}) {
            addWithPrefixes(Fold.fold(p), new Cue("دعا", Kind.CALL, false, false));
        }
        // "وطالب X الحكومة بالكشف عن …": a demand (object + بـ masdar), like دعا; the noun طالب (student) is
        // kept apart by the position rule in CueHits (sentence-initial or after a comma)
        for (String p : new String[]{"طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "نطالب", "أطالب"}) {
            addWithPrefixes(Fold.fold(p), new Cue("طالب", Kind.CALL, false, false));
        }
        for (String c : new String[]{"أن", "إن", "بأن", "أنه", "أنها", "أنهم", "أنهما", "إنه", "إنها", "إنهم", "بأنه",
                "بأنها", "بأنهم", "أننا", "إننا", "أنّ", "إنّ", "فإن", "فان", "أنّه", "وأن", "وإن"}) {
            complementizers.add(Fold.fold(c));
        }
        formsFilter = KeyFilter.of(forms.keySet()); // the tables are complete: nothing adds after this
        complementizerFilter = KeyFilter.of(complementizers);
    }

    private void verb(String lemma, String past, String imperfect, String participle, boolean direct, boolean ila) {
        String p = Fold.fold(past);
        Cue v = new Cue(lemma, Kind.VERB, direct, ila);
        String stemP = p;
        boolean defective = p.endsWith("ي") || p.endsWith("ا");
        if (!defective) {
            for (String suf : new String[]{"", "ت", "وا", "ا", "تا"}) {
                addWithPrefixes(stemP + suf, v);
            }
        } else {
            addWithPrefixes(stemP, v);
        }
        String imp = Fold.fold(imperfect);
        if (imp.startsWith("ي")) {
            String rest = imp.substring(1);
            for (String pre : new String[]{"ي", "ت", "ن"}) {
                addWithPrefixes(pre + rest, v);
                if (!defective) {
                    addWithPrefixes(pre + rest + "ون", v);
                    addWithPrefixes(pre + rest + "ان", v);
                }
            }
        }
        if (participle != null) {
            String pa = Fold.fold(participle);
            Cue c = new Cue(lemma, Kind.PARTICIPLE, direct, ila);
            for (String suf : new String[]{"", "ا", "ه", "ين", "ون", "ان", "تين"}) {
                addWithPrefixes(pa + suf, c);
            }
        }
    }

    /** Lemma of the cause-giving participles ({@code مرجعاً / عازياً ذلك إلى …}). */
    static final String CAUSE_LEMMA = "أرجع";

    private void add(String form, String lemma, Kind kind, boolean direct, boolean ila) {
        addWithPrefixes(Fold.fold(form), new Cue(lemma, kind, direct, ila));
    }

    private void addWithPrefixes(String f, Cue c) {
        forms.putIfAbsent(f, c);
        forms.putIfAbsent("و" + f, c);
        forms.putIfAbsent("ف" + f, c);
    }

    /** Finite demand verbs (دعا، طالب): a CALL cue that may open its sentence. */
    public static boolean finiteCall(Cue c) {
        return c.kind() == Kind.CALL && (c.lemma().equals("دعا") || c.lemma().equals("طالب"));
    }

    /** {@link #forms} and {@link #complementizers} keys: most tokens are neither (see {@link KeyFilter}). */
    private final KeyFilter formsFilter;
    private final KeyFilter complementizerFilter;

    /** The cue for a folded token, or null. */
    public Cue lookup(String foldedToken) {
        return formsFilter.mightContain(foldedToken) ? forms.get(foldedToken) : null;
    }

    public boolean isComplementizer(String foldedToken) {
        return complementizerFilter.mightContain(foldedToken) && complementizers.contains(foldedToken);
    }

    /** "أنه" / "إنها": complementizer carrying the subject pronoun (kept inside the claim span). */
    public static boolean carriesPronoun(String foldedToken) {
        return foldedToken.length() > 2 && (foldedToken.startsWith("انه") || foldedToken.startsWith("انن")
                || foldedToken.startsWith("بانه") || foldedToken.startsWith("انها"));
    }
}
