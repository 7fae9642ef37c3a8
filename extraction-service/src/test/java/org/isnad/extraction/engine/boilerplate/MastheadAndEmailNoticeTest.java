package org.isnad.extraction.engine.boilerplate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.extraction.engine.ExtractionResult;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** v16: the comment form's e-mail notice in sentence form and the site masthead. Invented lines. */
class MastheadAndEmailNoticeTest {
    private static final String TITLE = "افتتاح جسر جديد فوق نهر العاصي\n";
    private static final String BODY = "قال مدير الطرق نبيل السعدي إن الجسر الجديد سيخفف الازدحام عن وسط المدينة بنسبة كبيرة خلال الصيف.\n";

    @ParameterizedTest
    @ValueSource(strings = {"البريد الإلكتروني لن يُنشر", "لن يتم نشر بريدك الإلكتروني", "بريدك الإلكتروني لا يُنشر",
            "لن يتم نشر عنوان بريدك الإلكتروني.", "Your email will not be published"})
    void emailNoticeIsBoilerplate(String line) {
        String text = TITLE + BODY + "أضف تعليقاً\n" + line + "\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, line), line + " -> " + r.boilerplate());
        assertFalse(TestSupport.anyClaimContains(r, line));
    }

    @Test
    void reportedStatementAboutEmailIsContent() {
        String l = Fold("قالت الشركة إن البريد الإلكتروني للمشتركين لن يُنشر");
        assertFalse(CommentPolicy.isEmailNotice(l, BoilerplateDetector.countWords(l)));
    }

    @Test
    void mastheadAboveTheDatelineIsBoilerplateAndItsPlacesAreNotEntities() {
        String masthead = "نافذة الشمال - أخبار الساحل الليبي";
        String text = TITLE + masthead + "\nطرابلس - نافذة الشمال\n" + BODY;
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, masthead), r.boilerplate().toString());
        assertFalse(TestSupport.coveredByBoilerplate(text, r, "طرابلس - نافذة الشمال"), r.boilerplate().toString());
        assertFalse(r.entities().stream().anyMatch(e -> e.text().contains("الساحل")), r.entities().toString());
        assertTrue(r.entities().stream().anyMatch(e -> e.text().equals("طرابلس")), r.entities().toString());
    }

    @Test
    void mastheadAtTheBottomIsBoilerplate() {
        String masthead = "صدى الوادي | أخبار المدن والقرى";
        String text = TITLE + BODY + masthead + "\n";
        ExtractionResult r = TestSupport.run(text);
        assertTrue(TestSupport.coveredByBoilerplate(text, r, masthead), r.boilerplate().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"القاهرة - أخبار اليوم", "طرابلس - نافذة الشمال", "البصرة - صوت الجنوب",
            "صوت الجنوب - تقرير خاص"})
    void datelinesAreNotMastheads(String line) {
        assertFalse(NavigationLines.masthead(Fold(line)), line);
    }

    @Test
    void mastheadShapeInsideTheBodyStaysContent() {
        String aside = "وادي النخيل - أخبار الصباح";
        String text = TITLE + BODY + aside + "\n" + BODY.replace("الصيف", "الشتاء");
        ExtractionResult r = TestSupport.run(text);
        assertFalse(TestSupport.coveredByBoilerplate(text, r, aside), r.boilerplate().toString());
    }

    private static String Fold(String s) {
        return org.isnad.extraction.engine.text.Fold.fold(s);
    }
}
