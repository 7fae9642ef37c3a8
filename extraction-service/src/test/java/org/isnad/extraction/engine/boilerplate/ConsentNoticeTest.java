package org.isnad.extraction.engine.boilerplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cookie / consent banners and teaser lines are boilerplate; news about cookies stays content. Invented lines. */
class ConsentNoticeTest {
    private static final String BODY = "عنوان الخبر هنا\n"
            + "قال وزير الاقتصاد سامي خليل إن الصادرات الزراعية ارتفعت بنسبة كبيرة خلال الربع الأخير من العام.\n";

    @ParameterizedTest
    @ValueSource(strings = {
            "يعتمد موقعنا على ملفات تعريف الارتباط لتقديم أفضل خدمة لك. موافق",
            "هذا الموقع يستخدم الكوكيز لتحليل الزيارات وتحسين تجربتك",
            "باستمرارك في التصفح فإنك توافق على شروط الاستخدام",
            "We use cookies to give you the best experience on our website. Accept",
            "By continuing to browse you agree to our privacy policy.",
            "اقرأ المزيد: «الصحة»: حملة لتلقيح 300 ألف طفل في المناطق الريفية قبل نهاية الشهر المقبل"})
    void consentAndTeaserLinesAreBoilerplate(String line) {
        String text = BODY + line + "\n";
        assertTrue(TestSupport.coveredByBoilerplate(text, TestSupport.run(text), line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "وأقر البرلمان قانوناً يلزم المواقع الإلكترونية بطلب موافقة المستخدمين قبل تخزين ملفات تعريف الارتباط.",
            "وقالت الهيئة إن شركات الإعلانات تستخدم الكوكيز لتتبع المستخدمين دون علمهم، وإنها فرضت غرامات عليها.",
            "وأضاف أن الموقع الحكومي تعطل ساعات بسبب ضغط التصفح على خوادمه خلال فترة التسجيل."})
    void newsAboutCookiesOrBrowsingStaysContent(String line) {
        String text = BODY + line + "\n";
        assertFalse(TestSupport.coveredByBoilerplate(text, TestSupport.run(text), line), line);
    }
}
