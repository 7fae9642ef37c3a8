package org.isnad.review.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimClustersTest {

    @Test
    void paraphrasesJoinAndContradictionsSplit() {
        ClaimClusters cc = new ClaimClusters(new ClaimMatcher());
        int c1 = cc.add("a", "وزارة الصحة السورية تعلن تسجيل إصابات جديدة بالكوليرا في حلب").clusterId();
        ClaimClusters.Assignment second = cc.add("b", "تسجيل إصابات جديدة بالكوليرا في حلب بحسب وزارة الصحة");
        int c3 = cc.add("c", "وزارة الصحة السورية تنفي تسجيل إصابات جديدة بالكوليرا في حلب").clusterId();
        int c4 = cc.add("d", "البنك المركزي المصري يثبت أسعار الفائدة").clusterId();
        assertEquals(c1, second.clusterId());
        assertEquals("a", second.matchedClaimId());
        assertNotEquals(c1, c3);
        assertNotEquals(c1, c4);
        assertEquals(List.of("a", "b"), cc.members(c1));
        assertEquals(3, cc.clusterCount());
    }
}
