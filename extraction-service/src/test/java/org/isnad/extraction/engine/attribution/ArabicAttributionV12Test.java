package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.assertAttribution;
import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

/** v12 rules (institution statements, relayed anonymous sources, trailing cues); every sentence is invented. */
class ArabicAttributionV12Test {

    private static final String TITLE = "عنوان تجريبي للخبر\n";


    @Test
    void participleAfterAnInstitutionsStatementVerbTakesTheInstitution() {
        ExtractionResult r = run(TITLE + "ورحّبت نقابة المعلمين في بيان بقرار الحكومة، مشيرة إلى أن 40 مدرسة "
                + "أعيد فتحها هذا الأسبوع.");
        assertAttribution(claimContaining(r, "40 مدرسة"), SourceType.OFFICIAL, "نقابة المعلمين");
    }

    @Test
    void participleAfterAFrontedAdverbialAndAStatementVerb() {
        ExtractionResult r = run(TITLE + "من جهتها، حذّرت جمعية المزارعين في بيان من \"أزمة قادمة\"، مؤكدة أن "
                + "محصول القمح تراجع بنسبة 20٪ هذا الموسم.");
        assertAttribution(claimContaining(r, "محصول القمح تراجع"), SourceType.OFFICIAL, "جمعية المزارعين");
    }

    @Test
    void pluperfectAnnouncementOfAnInstitutionIsItsStatement() {
        ExtractionResult r = run(TITLE + "وكانت هيئة الأرصاد الجوية قد أعلنت في بيان، الأسبوع الماضي، تسجيل "
                + "أعلى درجة حرارة منذ عشرين عاماً في العاصمة.");
        assertAttribution(claimContaining(r, "أعلى درجة حرارة"), SourceType.OFFICIAL, "هيئة الأرصاد الجوية");
    }

    @Test
    void pluperfectAnnouncementOfAStateStaysBackground() {
        ExtractionResult r = run(TITLE + "وكانت تونس قد أعلنت العام الماضي تعليق الرحلات الجوية إلى المنطقة "
                + "بسبب الأوضاع الأمنية.");
        assertEquals(SourceType.UNATTRIBUTED, claimContaining(r, "تعليق الرحلات").attribution().sourceType());
    }

    @Test
    void pluperfectNonReportingActOfAnInstitutionStaysBackground() {
        ExtractionResult r = run(TITLE + "وكانت وزارة الزراعة قد وزّعت في الربيع الماضي 300 طن من البذور "
                + "على المزارعين في الجنوب.");
        assertEquals(SourceType.UNATTRIBUTED, claimContaining(r, "300 طن").attribution().sourceType());
    }

    @Test
    void pronounSubjectAfterLakinRefersToTheClausesSubject() {
        ExtractionResult r = run(TITLE + "ولم يعلّق حرس الحدود على الحادث، لكنه أعلن في بيان مساء الأحد أنه "
                + "\"أحبط محاولة تسلل\" قرب المعبر الشرقي.");
        assertAttribution(claimContaining(r, "أحبط محاولة تسلل"), SourceType.OFFICIAL, "حرس الحدود");
    }

    @Test
    void anonymousSourcesTellingAnOutletStayAnonymous() {
        ExtractionResult r = run(TITLE + "غير أن مصادر طبية في المدينة أكدت لرويترز أن عدد الجرحى "
                + "\"تجاوز الخمسين\" حتى المساء.");
        Claim c = claimContaining(r, "تجاوز الخمسين");
        assertAttribution(c, SourceType.ANONYMOUS, "مصادر طبية في المدينة");
    }

    @Test
    void trailingAlaMaAfadatAttributesTheSentence() {
        ExtractionResult r = run(TITLE + "قُتل خمسة أشخاص وأصيب عشرة آخرون في قصف على سوق شعبي في البلدة، "
                + "على ما أفادت مصادر محلية وكالة رويترز.");
        assertAttribution(claimContaining(r, "قُتل خمسة أشخاص"), SourceType.ANONYMOUS, "مصادر محلية");
    }

    @Test
    void resultsPublishedByAnAgencyAreTheAgencys() {
        ExtractionResult r = run(TITLE + "وبحسب الأرقام التي نشرتها وكالة الأنباء الرسمية، ارتفع عدد المقترعين "
                + "إلى مليون ناخب في الجولة الثانية.");
        assertAttribution(claimContaining(r, "عدد المقترعين"), SourceType.OUTLET, "وكالة الأنباء الرسمية");
    }

    @Test
    void sameSourceAgainIsTheEarlierSource() {
        ExtractionResult r = run(TITLE + "أعلنت وزارة الصحة، مساء الأحد، تسجيل 300 إصابة جديدة بالكوليرا.\n"
                + "وسجلت المحافظة الشمالية أعلى عدد من الإصابات بـ80 حالة، وفق المصدر ذاته.");
        assertAttribution(claimContaining(r, "أعلى عدد من الإصابات"), SourceType.OFFICIAL, "وزارة الصحة");
    }

    @Test
    void relativeReportOfACorrespondentContinuesTheCorrespondentsOutlet() {
        ExtractionResult r = run(TITLE + "وسادت حالة من الهدوء الحذر في المدينة مساء الجمعة، بحسب ما أفاد مراسل "
                + "«الجزيرة»، الذي أشار إلى أن الأسواق أغلقت أبوابها باكراً.");
        assertEquals(SourceType.OUTLET, claimContaining(r, "الأسواق أغلقت").attribution().sourceType());
    }

    @Test
    void firstNameIntroducedInNarrationBecomesTheSpeaker() {
        ExtractionResult r = run(TITLE + "وقال التاجر سامي الحداد إن المبيعات تراجعت إلى النصف.\n"
                + "أما سلوى، وهي معلمة من صيدا، فتقول إن راتبها لم يعد يكفي لدفع الإيجار.");
        assertAttribution(claimContaining(r, "راتبها لم يعد يكفي"), SourceType.NAMED_PERSON, "سلوى");
    }
    @Test
    void shortMasculineStatementVerbBeforeFiBayanStillGivesTheParticipleItsSubject() {
        ExtractionResult r = run(TITLE + "وندّد المجلس الوطني للصحافة في بيان بـ\"الاعتداء السافر\" على المصورين، "
                + "مشيراً إلى أن 12 صحفياً أصيبوا منذ بداية الشهر.");
        assertAttribution(claimContaining(r, "12 صحفياً"), SourceType.OFFICIAL, "المجلس الوطني للصحافة");
    }

    @Test
    void participleWithoutAStatementAfterAnUnrecognisedVerbStaysUnattributed() {
        ExtractionResult r = run(TITLE + "ورحب المجلس الوطني بالقرار، مشيراً إلى أن 50 مصنعاً أعيد فتحها.");
        assertEquals(SourceType.UNATTRIBUTED, claimContaining(r, "50 مصنعاً").attribution().sourceType());
    }

    @Test
    void alaAfterAStatementIsAPrepositionNotTheNameAli() {
        ExtractionResult r = run(TITLE + "ولم تعلّق الشرطة على الحادث، لكنها أعلنت في بيان على فيسبوك مساء السبت أنها "
                + "\"أوقفت ثلاثة مشتبه بهم\" في الحي.");
        assertAttribution(claimContaining(r, "أوقفت ثلاثة مشتبه بهم"), SourceType.OFFICIAL, "الشرطة");
    }

    @Test
    void twoWordAgencyNameWithLamIsTheAddressee() {
        ExtractionResult r = run(TITLE + "غير أن مصادر أمنية في الميناء أكدت لفرانس برس أن السفينة \"غادرت فجراً\".");
        Claim c = claimContaining(r, "غادرت فجراً");
        assertAttribution(c, SourceType.ANONYMOUS, "مصادر أمنية في الميناء");
        assertEquals("فرانس برس", c.attribution().outlet(), c.toString());
    }
    @Test
    void preposedAnonymousSourceDenyingToAnOutletTakesTheObjectAsContent() {
        ExtractionResult r = run(TITLE + "وأعلنت الجماعة في بيان أنها أسقطت طائرة مسيّرة، غير أن مصدراً أمنياً نفى "
                + "لرويترز سقوط أي طائرة في المنطقة.");
        assertEquals(SourceType.ANONYMOUS, claimContaining(r, "سقوط أي طائرة").attribution().sourceType());
    }

    @Test
    void textBeforeLakinnahuStaysItsOwnClaim() {
        ExtractionResult r = run(TITLE + "ولم يعلّق حرس الحدود على الحادث حتى مساء اليوم، لكنه أعلن في بيان أنه "
                + "\"أحبط محاولة تسلل\" قرب المعبر الشرقي.");
        assertEquals(SourceType.UNATTRIBUTED, claimContaining(r, "على الحادث حتى مساء").attribution().sourceType());
    }
    @Test
    void motherDescribedByHerChildrenIsAnonymous() {
        ExtractionResult r = run(TITLE + "وقالت أم لثلاثة أطفال من الحي، فضّلت عدم ذكر اسمها: \"لم نتلقَّ أي مساعدة منذ شهر\".");
        Claim c = claimContaining(r, "لم نتلقَّ أي مساعدة");
        assertEquals(SourceType.ANONYMOUS, c.attribution().sourceType(), c.toString());
    }

    @Test
    void kunyaStaysANamedPerson() {
        ExtractionResult r = run(TITLE + "وقالت أم خليل، وهي بائعة خضار، إن الأسعار تضاعفت.");
        assertAttribution(claimContaining(r, "الأسعار تضاعفت"), SourceType.NAMED_PERSON, "أم خليل");
    }

    @Test
    void parentsOfPupilsAreAnonymous() {
        ExtractionResult r = run(TITLE + "وأفاد أولياء أمور تلاميذ في المدرسة بأن الإدارة رفعت الرسوم.");
        assertEquals(SourceType.ANONYMOUS, claimContaining(r, "الإدارة رفعت الرسوم").attribution().sourceType());
    }
}
