package org.isnad.e2e;

import java.util.Map;
import java.util.UUID;

/** Realistic article bodies for the flows; each call makes the text unique so deduplication never interferes. */
final class Articles {

    private Articles() {
    }

    static Map<String, Object> arabic() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String body = String.join("\n",
                "قال مدير مؤسسة المياه في حماة، سامر الأحمد، إن ضخ المياه تراجع إلى 40 بالمئة من طاقته بسبب تقنين الكهرباء.",
                "وأضاف الأحمد في تصريح لوكالة محلية أن المدينة تحتاج إلى 120 ألف متر مكعب يومياً، بينما لا يضخ حالياً سوى 50 ألفاً.",
                "من جهتها، نفت شركة الكهرباء أن تكون ساعات التقنين قد زادت، وأكدت أن الخلل في مضخات المؤسسة.",
                "وذكرت مصادر محلية أن عشرات الأحياء بقيت بلا مياه لأكثر من خمسة أيام متتالية (" + marker + ").",
                "تابعونا على فيسبوك وتلغرام");
        return Map.of("title", "أزمة مياه في حماة " + marker, "body", body, "outlet", "وكالة تجريبية",
                "language", "ar", "url", "https://example.invalid/" + marker);
    }
}
