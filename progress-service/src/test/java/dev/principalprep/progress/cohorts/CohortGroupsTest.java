package dev.principalprep.progress.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CohortGroupsTest {

    @Test
    void theGroupsClaimNamesGroupsBesideTheRoles() {
        assertEquals(List.of("intake-2026", "org:acme", "team.data"),
                CohortGroups.of(List.of("learner", "team.data", "org:acme", "integration", "intake-2026", "ld-admin",
                        "author")));
    }

    @Test
    void valuesThatCannotBeGroupNamesAreLeftOut() {
        assertEquals(List.of("a", "b".repeat(64)), CohortGroups.of(List.of("a", "b".repeat(64), "c".repeat(65), "-lead",
                "has space", "")));
    }

    @Test
    void atMostTwentyGroupsAreKept() {
        List<String> many = new ArrayList<>();
        for (int i = 10; i < 40; i++) {
            many.add("g" + i);
        }
        List<String> kept = CohortGroups.of(many);
        assertEquals(CohortGroups.MAX_GROUPS, kept.size());
        assertEquals("g10", kept.get(0));
        assertEquals("g29", kept.get(19));
    }
}
