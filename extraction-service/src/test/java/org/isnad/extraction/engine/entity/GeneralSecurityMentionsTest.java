package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/** "الأمن العام" as a body where its members are named ({@link GeneralSecurityMentions}). Invented sentences. */
class GeneralSecurityMentionsTest {

    private static List<String> orgs(String sentence) {
        return TestSupport.entityTexts("عنوان\n" + sentence + "\n", EntityType.ORGANIZATION);
    }

    @Test
    void membersAndUnitsNameTheBody() {
        assertTrue(orgs("وأصيب ضابطان من الأمن العام خلال مداهمة في الحي الشرقي.").contains("الأمن العام"));
        assertTrue(orgs("وأقامت دوريات الأمن العام حواجز على الطريق الدولي.").contains("الأمن العام"));
    }

    @Test
    void publicOrderIsNoBody() {
        List<String> o = orgs("ودعا المحافظ إلى الحفاظ على الأمن العام وعدم الانجرار وراء الشائعات.");
        assertFalse(o.contains("الأمن العام"), o.toString());
    }
}
