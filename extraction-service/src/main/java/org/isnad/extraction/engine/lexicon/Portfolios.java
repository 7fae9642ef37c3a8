package org.isnad.extraction.engine.lexicon;

import static org.isnad.extraction.engine.lexicon.RecognizerTokens.*;
import java.util.Set;

/**
 * Ministries and directorates named by several portfolios joined with و: "وزارة الاقتصاد والتجارة", "وزارة الإسكان
 * والمرافق والمجتمعات العمرانية", "وزارة التجارة وتنمية الصادرات", "مديرية التربية والتعليم". Arab governments
 * merge portfolios freely, so the name cannot be listed; but the words a portfolio is named by are a small closed
 * set (economy, trade, housing, water, fisheries …), which is what separates "وزارة الصحة والسكان" (one ministry)
 * from "وزارة الدفاع والجيش" (two bodies: the army is no portfolio). Words that also name a body of their own
 * (الأمن → "الأمن العام", الجمارك, الضرائب, الطيران) are left out: "وزارة الداخلية والأمن العام" is two bodies.
 */
final class Portfolios {
    private Portfolios() {
    }

    /** Heads whose names join portfolios. */
    static final Set<String> HEADS = ArabicText.wordSet("وزارة مديرية هيئة لجنة مفوضية وزارتي");

    /** Portfolio nouns, definite: what a ministry or directorate is "of". */
    static final Set<String> PORTFOLIO = ArabicText.wordSet("""
            الاقتصاد التجارة الصناعة الصناعات المالية التخطيط التعاون الاستثمار الزراعة الفلاحة الري الموارد المياه
            الصيد الثروة الإسكان السكن المرافق المجتمعات التعمير العمران البلديات الشؤون الأشغال النقل المواصلات
            الاتصالات التكنولوجيا الرقمنة التحول التعليم التربية البحث العلوم الشباب الرياضة الثقافة الإعلام السياحة
            الآثار الصحة السكان العمل التضامن الأسرة المرأة الطفولة الطفل العدل الحريات الأوقاف الطاقة المعادن النفط
            الكهرباء البيئة التنمية الإدارة الحكم التجهيز الإعمار التموين الحماية الهجرة اللاجئين المهجرين المغتربين
            الابتكار الخدمة الإصلاح الغابات المناخ الصادرات التشغيل التكوين التدريب المهن الحرف الغاز البترول
            الثروات المناجم الموانئ البريد الإنتاج التصدير الميزانية الخزانة الموازنة
            المساواة الإسكان الجماعات الإدماج الشغل الأوقاف الإرشاد التراث الفنون الآداب
            """);

    /** Indefinite construct nouns a portfolio opens with: "وتنمية الصادرات", "وشؤون المغتربين". */
    static final Set<String> CONSTRUCT = ArabicText.wordSet("""
            تنمية شؤون حماية تكنولوجيا إعادة تطوير تحديث دعم رعاية
            """);

    /** At most this many portfolios after the first. */
    private static final int MAX_MORE = 4;

    /**
     * The end (exclusive token index) of the portfolios joined with و at token {@code k}, each with its nisba
     * adjectives ("والموارد المائية"), or {@code k} when none follows.
     */
    static int coordinatedEnd(Tokens t, int k) {
        int more = 0;
        while (more < MAX_MORE && plain(t, k) && wordAt(t, k)) {
            String w = t.norm[k];
            if (w.length() < 4 || w.charAt(0) != '\u0648') {
                break;
            }
            String bare = w.substring(1);
            int next;
            if (PORTFOLIO.contains(bare)) {
                next = k + 1;
            } else if (CONSTRUCT.contains(bare) && plain(t, k + 1) && wordAt(t, k + 1)
                    && isDefinite(t.norm[k + 1])) {
                next = k + 2;
            } else {
                break;
            }
            while (plain(t, next) && wordAt(t, next) && OrgTriggerRules.isOrgAdjective(t.norm[next])) {
                next++;
            }
            k = next;
            more++;
        }
        return k;
    }
}
