package org.isnad.extraction.engine.attribution;

import static org.isnad.extraction.engine.TestSupport.claimContaining;
import static org.isnad.extraction.engine.TestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.Claim;
import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.SourceType;
import org.junit.jupiter.api.Test;

class ArabicAttributionTest {

    private static final String TITLE = "عنوان تجريبي للخبر\n";

    @Test
    void namedExpertWithTitleAndAppositive() {
        ExtractionResult r = run(TITLE + "قال الخبير العسكري المتخصص في شؤون الجماعات المسلحة، سامر خليل، إن "
                + "الهجمات الأخيرة على القواعد الأجنبية تهدف إلى الضغط على الحكومة.");
        Claim c = claimContaining(r, "الهجمات الأخيرة");
        assertEquals(SourceType.NAMED_PERSON, c.attribution().sourceType());
        assertEquals("سامر خليل", c.attribution().source());
        assertEquals("قال", c.attribution().cue());
        assertTrue(c.text().startsWith("الهجمات"), "span excludes cue, speaker and إن: " + c.text());
        assertTrue(c.text().endsWith("الحكومة"), c.text());
    }

    @Test
    void continuationsResolveBySurnameTitleAndEmptySubject() {
        ExtractionResult r = run(TITLE
                + "كشف الباحث السياسي، حسام الدين نور، أن الاتفاق الجديد يتضمن بنوداً سرية تتعلق بالحدود.\n"
                + "وأضاف نور في تصريح لـ “سبوتنيك” أن الطرفين اتفقا على تبادل الأسرى خلال أيام.\n"
                + "وتابع الباحث أن الوسطاء الدوليين مارسوا ضغوطاً كبيرة على الجانبين.\n"
                + "وختم: “المرحلة المقبلة ستكون أصعب من سابقتها بكثير”.");
        Claim c2 = claimContaining(r, "تبادل الأسرى");
        assertEquals(SourceType.NAMED_PERSON, c2.attribution().sourceType());
        assertEquals("حسام الدين نور", c2.attribution().source());
        assertEquals("سبوتنيك", c2.attribution().outlet());
        assertEquals("حسام الدين نور", claimContaining(r, "الوسطاء الدوليين").attribution().source());
        assertEquals("حسام الدين نور", claimContaining(r, "المرحلة المقبلة").attribution().source());
    }

    @Test
    void anonymousFieldSourceWithOutletAndTheSourceContinuation() {
        ExtractionResult r = run(TITLE
                + "وقال مصدر ميداني لـ“سبوتنيك” إن الاشتباكات أسفرت عن مقتل 7 مسلحين في ريف المدينة.\n"
                + "وأشار المصدر إلى أن الطيران الحربي شارك في صد الهجوم قرب القرية.");
        Claim a = claimContaining(r, "أسفرت عن مقتل");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        assertEquals("مصدر ميداني", a.attribution().source());
        assertEquals("سبوتنيك", a.attribution().outlet());
        Claim b = claimContaining(r, "الطيران الحربي");
        assertEquals(SourceType.ANONYMOUS, b.attribution().sourceType());
        assertEquals("مصدر ميداني", b.attribution().source());
        assertFalse(b.text().contains("إلى أن"));
    }

    @Test
    void officialMinistryAndParticiple() {
        ExtractionResult r = run(TITLE + "وأعلنت وزارة الصحة في بيان أن عدد الإصابات بلغ 120 حالة، مشيرةً إلى أن "
                + "الفرق الطبية ما زالت تعمل في المنطقة المنكوبة.");
        Claim a = claimContaining(r, "عدد الإصابات");
        assertEquals(SourceType.OFFICIAL, a.attribution().sourceType());
        assertEquals("وزارة الصحة", a.attribution().source());
        Claim b = claimContaining(r, "الفرق الطبية");
        assertEquals(SourceType.OFFICIAL, b.attribution().sourceType());
        assertEquals("مشيرةً", b.attribution().cue());
        assertFalse(a.text().contains("مشيرة"), a.text());
        assertEquals(1, a.quantities().size());
        assertEquals(120.0, a.quantities().get(0).value());
    }

    @Test
    void outletAsSourceWithBihasab() {
        ExtractionResult r = run(TITLE + "وبحسب وكالة رويترز، فإن الشركة أوقفت صادراتها إلى أوروبا منذ أسبوعين.");
        Claim c = claimContaining(r, "أوقفت صادراتها");
        assertEquals(SourceType.OUTLET, c.attribution().sourceType());
        assertTrue(c.attribution().source().contains("رويترز"));
    }

    @Test
    void trailingAccordingToAttributesTheWholeSentence() {
        ExtractionResult r = run(TITLE + "ارتفع عدد النازحين إلى 30 ألف شخص، فيما تضررت 400 وحدة سكنية، بحسب "
                + "مصادر محلية.");
        Claim a = claimContaining(r, "ارتفع عدد النازحين");
        Claim b = claimContaining(r, "تضررت 400");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        assertEquals(SourceType.ANONYMOUS, b.attribution().sourceType());
        assertEquals("مصادر محلية", b.attribution().source());
        assertTrue(a != b);
    }

    @Test
    void activistsWitnessesAndObserversAreAnonymous() {
        ExtractionResult r = run(TITLE + "وأفاد شهود عيان بأن دوي انفجارات سمع في أنحاء المدينة ليلاً.\n"
                + "مراقبون أكدوا لـ”القناة” أن الضربة جاءت رداً على الهجوم السابق على القاعدة.\n"
                + "ويقول ناشطون إن القوات اعتقلت عشرات الشبان من الحي الشرقي.");
        assertEquals(SourceType.ANONYMOUS, claimContaining(r, "دوي انفجارات").attribution().sourceType());
        Claim o = claimContaining(r, "الضربة جاءت");
        assertEquals(SourceType.ANONYMOUS, o.attribution().sourceType());
        assertEquals("مراقبون", o.attribution().source());
        assertEquals("ناشطون", claimContaining(r, "اعتقلت عشرات").attribution().source());
    }

    @Test
    void passiveAndNarrativeAsides() {
        ExtractionResult r = run(TITLE + "أُفيد بسقوط قذائف على الحي الغربي من المدينة صباح اليوم.\n"
                + "يُذكر أن المدينة شهدت مواجهات مماثلة خلال العام الماضي.");
        Claim a = claimContaining(r, "قذائف");
        assertEquals(SourceType.ANONYMOUS, a.attribution().sourceType());
        assertNull(a.attribution().source());
        Claim b = claimContaining(r, "شهدت مواجهات");
        assertEquals(SourceType.UNATTRIBUTED, b.attribution().sourceType());
        assertFalse(b.text().contains("يُذكر"));
    }

    @Test
    void quotedContinuationParagraphKeepsTheLastSpeaker() {
        ExtractionResult r = run(TITLE + "وقال المحلل الاقتصادي، كريم سعدون، إن الأسعار ستواصل الارتفاع هذا العام.\n"
                + "“الحكومة لم تتخذ أي إجراء فعلي لضبط الأسواق حتى الآن، والمواطن يدفع الثمن”.");
        Claim c = claimContaining(r, "لم تتخذ أي إجراء");
        assertEquals(SourceType.NAMED_PERSON, c.attribution().sourceType());
        assertEquals("كريم سعدون", c.attribution().source());
        assertFalse(c.text().startsWith("“"), "quote glyphs excluded");
    }

    @Test
    void clauseSplitAtWawVerbAndFima() {
        ExtractionResult r = run(TITLE + "وقال المتحدث باسم الجيش إن القوات دمرت مستودعاً للذخيرة، "
                + "وأسقطت طائرة مسيرة قرب الحدود، فيما أصيب جنديان بجروح طفيفة.");
        Claim a = claimContaining(r, "دمرت مستودعاً");
        Claim b = claimContaining(r, "أسقطت طائرة");
        Claim c = claimContaining(r, "أصيب جنديان");
        assertTrue(a != b && b != c);
        assertEquals(SourceType.OFFICIAL, c.attribution().sourceType());
        assertFalse(a.text().contains("وأسقطت"));
    }

    @Test
    void noSplitAtWawMasdar() {
        ExtractionResult r = run(TITLE + "وقال المصدر إن المسلحين يسرقون النفط، وتهريب القمح مستمر إلى الخارج.");
        Claim a = claimContaining(r, "يسرقون النفط");
        assertTrue(a.text().contains("وتهريب القمح"), a.text());
    }

    @Test
    void statementPublishedByAGroup() {
        ExtractionResult r = run(TITLE + "ونشرت “قسد” بياناً أن الانفجار نجم عن عملية تفجير ألغام قديمة في المنطقة.");
        Claim c = claimContaining(r, "الانفجار نجم");
        assertEquals(SourceType.OFFICIAL, c.attribution().sourceType());
        assertEquals("قسد", c.attribution().source());
    }

    @Test
    void namedSpokesmanIsNamedPersonAndLaterTitleResolves() {
        ExtractionResult r = run(TITLE + "وأوضح المتحدث باسم وزارة الداخلية، العميد خالد يوسف، أن الشرطة أوقفت "
                + "خمسة مشتبه بهم.\nوتابع الناطق باسم الوزارة أن التحقيقات ما زالت جارية في القضية.");
        assertEquals("خالد يوسف", claimContaining(r, "أوقفت").attribution().source());
        Claim b = claimContaining(r, "التحقيقات");
        assertEquals(SourceType.NAMED_PERSON, b.attribution().sourceType());
        assertEquals("خالد يوسف", b.attribution().source());
    }

    @Test
    void unattributedNarration() {
        ExtractionResult r = run(TITLE + "وكان الجيش قد أحبط ليل أمس هجوماً على مواقع عسكرية في البادية.");
        Claim c = claimContaining(r, "أحبط");
        assertEquals(SourceType.UNATTRIBUTED, c.attribution().sourceType());
        assertNull(c.attribution().source());
    }

    @Test
    void contrastAndWhereasConnectorsSplitClauses() {
        ExtractionResult r = run(TITLE + "وقال المصدر إن القوات انسحبت من البلدة، في حين استمر القصف على القرى المجاورة.\n"
                + "وأكد المصدر أن الطريق مفتوح أمام المدنيين، إلا أن القناصة ما زالوا ينتشرون على الأسطح.");
        assertTrue(claimContaining(r, "انسحبت") != claimContaining(r, "استمر القصف"));
        Claim b = claimContaining(r, "القناصة");
        assertFalse(b.text().contains("الطريق مفتوح"));
        assertEquals(SourceType.ANONYMOUS, b.attribution().sourceType());
    }

    @Test
    void participleWithVerbalNounObject() {
        ExtractionResult r = run(TITLE + "وأفادت المنظمة بأن عدد الضحايا بلغ 12 شخصاً، مرجّحةً ارتفاع العدد خلال الساعات المقبلة.");
        Claim c = claimContaining(r, "ارتفاع العدد");
        assertFalse(c.text().contains("بلغ"));
        assertEquals("مرجّحةً", c.attribution().cue());
    }

    @Test
    void unnamedOfficialWhoWasNotNamedIsAnonymous() {
        ExtractionResult r = run(TITLE + "ونقلت وكالة رويترز عن مسؤول أمني، لم تسمّه، قوله إن الهجوم نُفذ بطائرة مسيّرة.");
        Claim c = claimContaining(r, "الهجوم نُفذ");
        assertEquals(SourceType.ANONYMOUS, c.attribution().sourceType());
        assertTrue(c.attribution().outlet().contains("رويترز"));
    }

    @Test
    void titleFollowedByBareNameAndAliIsAName() {
        ExtractionResult r = run(TITLE + "وقال المحلل الاقتصادي جاد نصار إن التضخم سيتراجع قريباً.\n"
                + "وأضاف الخبير، سامي علي، إن الأسواق تعافت جزئياً خلال الشهر الماضي.");
        assertEquals("جاد نصار", claimContaining(r, "التضخم").attribution().source());
        assertEquals("سامي علي", claimContaining(r, "الأسواق تعافت").attribution().source());
    }

    @Test
    void quotationThenPostposedCue() {
        ExtractionResult r = run(TITLE + "“لن نتراجع عن قرارنا مهما كانت الضغوط الخارجية”، قال القيادي في الحركة محمد سالم في تغريدة.");
        Claim c = claimContaining(r, "لن نتراجع");
        assertEquals(SourceType.NAMED_PERSON, c.attribution().sourceType());
        assertEquals("محمد سالم", c.attribution().source());
        assertFalse(c.text().contains("قال"));
    }

    @Test
    void unAgencyIsOfficialNewsAgencyIsOutlet() {
        ExtractionResult r = run(TITLE + "وأفادت وكالة الأمم المتحدة للطفولة بأن آلاف الأطفال حرموا من التعليم هذا العام.\n"
                + "وذكرت وكالة الأنباء الرسمية أن الرئيس سيزور العاصمة الأسبوع المقبل في جولة إقليمية.");
        assertEquals(SourceType.OFFICIAL, claimContaining(r, "حرموا").attribution().sourceType());
        assertEquals(SourceType.OUTLET, claimContaining(r, "سيزور").attribution().sourceType());
    }

    @Test
    void kunyaIsANamedPersonAndCallsAreNotClaims() {
        ExtractionResult r = run(TITLE + "“بيتنا دُمّر بالكامل ولم يبق لنا شيء”، تقول أم خالد، وهي نازحة من المدينة.\n"
                + "من جهتها، دعت المنظمة جميع الأطراف إلى وقف القتال فوراً وفتح الممرات الإنسانية.");
        Claim c = claimContaining(r, "بيتنا");
        assertEquals(SourceType.NAMED_PERSON, c.attribution().sourceType());
        assertEquals("أم خالد", c.attribution().source());
        assertFalse(org.isnad.extraction.engine.TestSupport.anyClaimContains(r, "وقف القتال"));
    }

    @Test
    void pluperfectAnnouncementIsNarration() {
        ExtractionResult r = run(TITLE + "وكانت الحكومة قد أعلنت الشهر الماضي رفع أسعار الوقود بنسبة 20 في المئة.");
        Claim c = claimContaining(r, "رفع أسعار الوقود");
        assertEquals(SourceType.UNATTRIBUTED, c.attribution().sourceType());
        assertTrue(c.text().startsWith("وكانت"), c.text());
    }

    @Test
    void unnamedMemberIsAnonymous() {
        ExtractionResult r = run(TITLE + "وأكد عضو في لجنة التفاوض أن الاجتماع المقبل سيعقد في الدوحة.");
        assertEquals(SourceType.ANONYMOUS, claimContaining(r, "الاجتماع المقبل").attribution().sourceType());
    }
}
