package org.isnad.extraction.engine.lexicon;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexiconTest {

    @Test
    void outlets() {
        assertTrue(Lexicon.isOutlet("سبوتنيك"));
        assertTrue(Lexicon.isOutlet("لـ“سبوتنيك”"));
        assertTrue(Lexicon.isOutlet("وكالة سانا"));
        assertTrue(Lexicon.isOutlet("RT"));
        assertTrue(Lexicon.isOutlet("روسيا اليوم"));
        assertTrue(Lexicon.isOutlet("الجزيرة"));
        assertTrue(Lexicon.isOutlet("قناة الجزيرة"));
        assertTrue(Lexicon.isOutlet("رويترز"));
        assertTrue(Lexicon.isOutlet("عنب بلدي"));
        assertFalse(Lexicon.isOutlet("المرصد السوري لحقوق الإنسان"), "an NGO, not an outlet");
        assertFalse(Lexicon.isOutlet("وزارة الدفاع"));
        assertFalse(Lexicon.isOutlet(null));
        assertFalse(Lexicon.isOutlet(""));
    }

    @Test
    void officialBodies() {
        assertTrue(Lexicon.isOfficialBody("وزارة الدفاع الروسية"));
        assertTrue(Lexicon.isOfficialBody("وزارة الصحة اللبنانية"), "by head noun, not listed");
        assertTrue(Lexicon.isOfficialBody("البنتاغون"));
        assertTrue(Lexicon.isOfficialBody("الجيش السوري"));
        assertTrue(Lexicon.isOfficialBody("للجيش الأمريكي"));
        assertTrue(Lexicon.isOfficialBody("الأمم المتحدة"));
        assertTrue(Lexicon.isOfficialBody("الحكومة العراقية"));
        assertTrue(Lexicon.isOfficialBody("مركز المصالحة الروسي"));
        assertFalse(Lexicon.isOfficialBody("قسد"), "non-state armed group");
        assertFalse(Lexicon.isOfficialBody("داعش"));
        assertFalse(Lexicon.isOfficialBody("المرصد السوري لحقوق الإنسان"));
        assertFalse(Lexicon.isOfficialBody("سبوتنيك"));
        assertFalse(Lexicon.isOfficialBody("مصدر ميداني"));
    }

    @Test
    void places() {
        assertTrue(Lexicon.isCountryOrPlace("سورية"));
        assertTrue(Lexicon.isCountryOrPlace("بسوريا"));
        assertTrue(Lexicon.isCountryOrPlace("دير الزور"));
        assertTrue(Lexicon.isCountryOrPlace("البادية السورية"));
        assertTrue(Lexicon.isCountryOrPlace("شرق الفرات"));
        assertTrue(Lexicon.isCountryOrPlace("نواكشوط"));
        assertTrue(Lexicon.isCountryOrPlace("تيزي وزو"));
        assertTrue(Lexicon.isCountry("أميركا"));
        assertFalse(Lexicon.isCountry("دمشق"));
        assertFalse(Lexicon.isCountryOrPlace("الجيش السوري"));
        assertFalse(Lexicon.isCountryOrPlace("مصرف"));
    }

    @Test
    void canonicalForms() {
        assertEquals("سوريا", Lexicon.canonical("سورية"));
        assertEquals("الولايات المتحدة", Lexicon.canonical("أميركا"));
        assertEquals("الولايات المتحدة", Lexicon.canonical("أمريكا"));
        assertEquals("داعش", Lexicon.canonical("تنظيم الدولة"));
        assertEquals("داعش", Lexicon.canonical("“الدولة الإسلامية”"));
        assertEquals("قوات سوريا الديمقراطية", Lexicon.canonical("قسد"));
        assertEquals("قوات سوريا الديمقراطية", Lexicon.canonical("”قسد”"));
        assertEquals("روسيا اليوم", Lexicon.canonical("RT"));
        assertEquals("فلاديمير بوتين", Lexicon.canonical("بوتين"));
        assertEquals(Gazetteer.Category.ARMED_GROUP, Lexicon.category("حزب الله"));
        assertNull(Lexicon.canonical("كلمة لا وجود لها"));
        assertNull(Lexicon.canonical(null));
        assertTrue(Lexicon.isArmedGroup("قسد"));
        assertTrue(Lexicon.isKnownPerson("أردوغان"));
    }

    @Test
    void listsAreLargeEnoughToGeneralise() {
        Map<Gazetteer.Category, Integer> c = Gazetteer.get().entryCounts();
        assertTrue(c.get(Gazetteer.Category.COUNTRY) >= 175, c::toString);
        assertTrue(c.get(Gazetteer.Category.CAPITAL) >= 140, c::toString);
        assertTrue(c.get(Gazetteer.Category.GOVERNORATE) >= 250, c::toString);
        assertTrue(c.get(Gazetteer.Category.CITY) >= 450, c::toString);
        assertTrue(c.get(Gazetteer.Category.OUTLET) >= 100, c::toString);
        assertTrue(Gazetteer.get().firstNameCount() >= 350);
        // every Syrian governorate is listed
        for (String g : new String[] {"دمشق", "ريف دمشق", "حلب", "حمص", "حماة", "اللاذقية", "طرطوس", "إدلب", "الرقة",
                "دير الزور", "الحسكة", "درعا", "السويداء", "القنيطرة"}) {
            assertTrue(Lexicon.isCountryOrPlace(g), g);
        }
        // every Arab League capital
        for (String g : new String[] {"دمشق", "بغداد", "بيروت", "عمان", "القدس", "القاهرة", "الرياض", "أبوظبي", "الدوحة",
                "الكويت", "المنامة", "مسقط", "صنعاء", "طرابلس", "تونس", "الجزائر", "الرباط", "نواكشوط", "الخرطوم",
                "مقديشو", "جيبوتي", "موروني"}) {
            assertTrue(Lexicon.isCountryOrPlace(g), g);
        }
    }

    @Test
    void foldingAndTokens() {
        assertEquals("اسراييل", ArabicText.normalize("إسرائيل").replace('ئ', 'ي'));
        assertEquals("مدرسه", ArabicText.normalize("مدرسة"));
        assertEquals("علي", ArabicText.normalize("على"));
        assertEquals("سوريا", ArabicText.normalize("سُوريـــا"));
        assertEquals("2022", ArabicText.normalize("٢٠٢٢"));
        assertEquals("2022", ArabicText.normalize("۲۰۲۲"));
        Tokens t = Tokens.of("قال “عمر”، ٣ آلاف.");
        assertEquals(4, t.size);
        assertEquals("عمر", t.norm[1]);
        assertTrue((t.gap[1] & Tokens.GAP_QUOTE) != 0);
        assertTrue((t.gap[2] & Tokens.GAP_COMMA) != 0);
        assertTrue(t.number[2]);
        assertEquals("3", t.norm[2]);
        for (int i = 0; i < t.size; i++) {
            assertEquals(t.surface(i), t.text.substring(t.start[i], t.end[i]));
        }
    }
}
