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

    /**
     * The pairs ClusterTest (a @QuarkusTest on a shared database) relies on, checked here without the
     * database: claims of earlier runs differ only by their number and must never join.
     */
    @Test
    void serviceScenariosHoldWithTheShippedClassifier() {
        ClaimClusters cc = new ClaimClusters(new ClaimMatcher());
        for (int n : new int[] {12345, 67890}) {
            int first = cc.add("first" + n, "وزارة الصحة السورية تعلن تسجيل " + n + " إصابة جديدة بالكوليرا في حلب").clusterId();
            ClaimClusters.Assignment para = cc.add("para" + n, "تسجيل " + n + " إصابة جديدة بالكوليرا في حلب بحسب وزارة الصحة");
            ClaimClusters.Assignment denial = cc.add("denial" + n, "وزارة الصحة السورية تنفي تسجيل " + n + " إصابة جديدة بالكوليرا في حلب");
            assertEquals(first, para.clusterId(), String.valueOf(para.match()));
            assertEquals(List.of("first" + n, "para" + n), cc.members(first));
            assertEquals(List.of("denial" + n), cc.members(denial.clusterId()));
            int army = cc.add("army" + n, "الجيش يعلن السيطرة على " + n + " قرية في ريف حلب").clusterId();
            assertEquals(army, cc.add("army2" + n, "سيطر الجيش على " + n + " قرية في ريف حلب").clusterId());
        }
        assertEquals(6, cc.clusterCount());
    }
}
