package dev.principalprep.progress.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class StoryCheckerTest {

    /** The module's own example, in the first person. */
    static final StoryRequest STRONG = new StoryRequest("Halving the data platform bill",
            "Our data platform costs increased 3x in 6 months, reaching $500K/month, while query performance degraded "
                    + "for the analytics, marketing and finance teams.",
            "I was tasked with identifying root causes and optimizing costs while maintaining or improving performance.",
            "I led a cross-team initiative without formal authority: I analyzed cost drivers (storage, compute, egress), "
                    + "identified a small files problem that made queries 10x more expensive, convinced three teams to "
                    + "adopt continuous compaction, migrated batch workloads to spot instances and implemented "
                    + "lifecycle policies that archived 60% of data.",
            "Reduced monthly costs by 55% ($275K savings) while improving query performance by 3x, and established "
                    + "ongoing cost monitoring and FinOps practices.",
            Set.of(Theme.INFLUENCE, Theme.COST_SAVINGS));

    static final StoryRequest WEAK = new StoryRequest("A migration", "We had an old database.", "Move it.",
            "We moved the tables over the weekend.", "It worked fine.", Set.of(Theme.FAILURE));

    private static Map<String, StoryCheck.Finding> findings(StoryRequest story) {
        return StoryChecker.check(story).findings().stream()
                .collect(Collectors.toMap(StoryCheck.Finding::rule, Function.identity()));
    }

    @Test
    void theModuleExampleMeetsEveryTraitAndRuleQuotingItsWords() {
        StoryCheck check = StoryChecker.check(STRONG);
        Map<String, StoryCheck.Finding> findings = findings(STRONG);

        assertEquals(12, check.findings().size());
        for (StoryCheck.Finding finding : check.findings()) {
            assertTrue(finding.met(), finding.toString());
            assertTrue(finding.evidence().startsWith("\"") || finding.rule().equals("LENGTH"), finding.toString());
        }
        assertEquals(5, check.traitsMet(), check.findings().toString());
        assertEquals(7, check.structureMet(), check.findings().toString());
        assertTrue(findings.get("SCOPE").evidence().contains("teams"), findings.get("SCOPE").evidence());
        assertTrue(findings.get("COMPLEXITY").evidence().contains("root causes"), findings.get("COMPLEXITY").evidence());
        assertTrue(findings.get("LEADERSHIP").evidence().contains("led a cross-team"), findings.get("LEADERSHIP").evidence());
        assertTrue(findings.get("BUSINESS_IMPACT").evidence().contains("55%"), findings.get("BUSINESS_IMPACT").evidence());
        assertTrue(findings.get("COST_AWARENESS").evidence().contains("costs"), findings.get("COST_AWARENESS").evidence());
        assertTrue(findings.get("ACTION_FIRST_PERSON").evidence().startsWith("\"I led"),
                findings.get("ACTION_FIRST_PERSON").evidence());
        assertTrue(findings.get("LENGTH").met());
        assertEquals("106 words; 80 to 400 fit one to three minutes spoken", findings.get("LENGTH").evidence());
    }

    @Test
    void aWeakStorySaysWhatIsMissing() {
        Map<String, StoryCheck.Finding> findings = findings(WEAK);
        assertEquals(0, StoryChecker.check(WEAK).traitsMet());
        assertEquals(List.of("SITUATION_PRESENT", "ACTION_PRESENT"), StoryChecker.check(WEAK).findings().stream()
                .filter(StoryCheck.Finding::met).map(StoryCheck.Finding::rule).toList());

        assertFalse(findings.get("SCOPE").met());
        assertEquals("missing: no sign of multi-team or organization-wide scope (teams, organization, stakeholders)",
                findings.get("SCOPE").evidence());
        assertFalse(findings.get("COMPLEXITY").met(), "an old database alone names no complexity");
        assertFalse(findings.get("LEADERSHIP").met());
        assertFalse(findings.get("BUSINESS_IMPACT").met());
        assertFalse(findings.get("COST_AWARENESS").met());
        assertFalse(findings.get("TASK_PRESENT").met());
        assertEquals("missing: the task is missing or under 5 words", findings.get("TASK_PRESENT").evidence());
        assertFalse(findings.get("RESULT_HAS_NUMBER").met());
        assertFalse(findings.get("ACTION_FIRST_PERSON").met());
        assertTrue(findings.get("ACTION_FIRST_PERSON").evidence().contains("\"We moved"),
                findings.get("ACTION_FIRST_PERSON").evidence());
        assertFalse(findings.get("LENGTH").met());
        assertTrue(findings.get("LENGTH").evidence().endsWith("too short"));
    }

    @Test
    void aStoryOverFourHundredWordsIsTooLong() {
        String long_ = "word ".repeat(400);
        StoryRequest rambling = new StoryRequest("t", long_, STRONG.task(), STRONG.action(), STRONG.result(), Set.of());
        assertTrue(findings(rambling).get("LENGTH").evidence().endsWith("too long"));
    }
}
