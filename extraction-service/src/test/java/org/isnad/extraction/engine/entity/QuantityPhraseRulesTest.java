package org.isnad.extraction.engine.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.extraction.engine.Entity;
import org.isnad.extraction.engine.EntityType;
import org.isnad.extraction.engine.TestSupport;
import org.junit.jupiter.api.Test;

/**
 * v15: a count of a definite group, one unit of time after a comparative, clitics and "ما يصل إلى" left out of the
 * span, designations and definite numerals that are no amounts, duals of machines. Invented sentences.
 */
class QuantityPhraseRulesTest {

    private static List<String> quantities(String text) {
        return TestSupport.run("عنوان الخبر\n" + text).entities().stream()
                .filter(e -> e.type() == EntityType.QUANTITY).map(Entity::text).toList();
    }

    @Test
    void countOfADefiniteGroup() {
        List<String> q = quantities("وأفرجت السلطات عن خمسة من الصيادين و12 من عمال الإغاثة.");
        assertTrue(q.contains("خمسة من الصيادين"), q.toString());
        assertTrue(q.contains("12 من عمال الإغاثة"), q.toString());
    }

    @Test
    void percentageKeepsNoPartitive() {
        List<String> q = quantities("وتضرر 45% من المنازل في الحي.");
        assertTrue(q.contains("45%"), q.toString());
    }

    @Test
    void oneUnitOfTimeAfterAComparative() {
        List<String> q = quantities("وبقي المعبر مغلقاً لأكثر من شهر، وقد يستغرق الإصلاح أقل من أسبوع.");
        assertTrue(q.contains("أكثر من شهر"), q.toString());
        assertTrue(q.contains("أقل من أسبوع"), q.toString());
    }

    @Test
    void cliticOfTheApproximatorAndTheVerbReachAreLeftOut() {
        List<String> q = quantities("وارتفعت الأسعار بنحو 12% وقد يبلغ العجز ما يصل إلى ثلاثة آلاف طن.");
        assertTrue(q.contains("نحو 12%"), q.toString());
        assertTrue(q.contains("ثلاثة آلاف طن"), q.toString());
        assertFalse(q.stream().anyMatch(x -> x.startsWith("ما يصل")), q.toString());
    }

    @Test
    void designationsAndDefiniteNumeralsAreNoAmounts() {
        List<String> q = quantities("ودعا إلى تطبيق القرار 2254 والمادة 45 من الدستور خلال الساعات الـ48 المقبلة.");
        assertFalse(q.contains("2254") || q.contains("45") || q.contains("48"), q.toString());
    }

    @Test
    void dualOfAMachineAndOneAfterItsNoun() {
        List<String> q = quantities("واقتحمت جرافتين الحي، ويعمل المخبز بفرن واحد وبطاقم صغير.");
        assertTrue(q.contains("جرافتين"), q.toString());
        assertFalse(q.stream().anyMatch(x -> x.contains("وبطاقم")), q.toString());
    }
}
