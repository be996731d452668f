package dev.principalprep.progress.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryCheckerTest {

    /** The module's own example, with the action steps written out in the first person. */
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

    private static final String SITUATION = "Our data platform costs increased 3x in 6 months for four teams.";
    private static final String TASK = "I was tasked with identifying root causes of the growth.";
    private static final String ACTION = "I led a cross-team review and I convinced the teams to compact files.";
    private static final String RESULT = "Reduced monthly costs by 55% and improved query speed by 3x.";

    private static StoryRequest story(String situation, String task, String action, String result) {
        return new StoryRequest("t", situation, task, action, result, Set.of());
    }

    private static Map<String, StoryCheck.Finding> findings(StoryRequest story) {
        return StoryChecker.check(story).findings().stream()
                .collect(Collectors.toMap(StoryCheck.Finding::rule, Function.identity()));
    }

    private static String evidence(StoryRequest story, String rule) {
        return findings(story).get(rule).evidence();
    }

    @Test
    void eachFindingQuotesTheClauseItRestsOn() {
        StoryRequest story = story(SITUATION, TASK, ACTION, RESULT);
        StoryCheck check = StoryChecker.check(story);
        assertEquals(List.of("SCOPE", "COMPLEXITY", "LEADERSHIP", "BUSINESS_IMPACT", "COST_AWARENESS",
                "SITUATION_PRESENT", "TASK_PRESENT", "ACTION_PRESENT", "RESULT_PRESENT", "STAR_ORDER",
                "RESULT_HAS_CHANGE", "ACTION_FIRST_PERSON", "LENGTH", "OWNED_CLAIMS", "NO_KEYWORD_STUFFING"),
                check.findings().stream().map(StoryCheck.Finding::rule).toList());
        assertEquals(List.of(5, 5, 7, 8, 2, 2), List.of(check.traitsMet(), check.traitsTotal(), check.structureMet(),
                check.structureTotal(), check.credibilityMet(), check.credibilityTotal()));
        Map<String, StoryCheck.Finding> findings = findings(story);
        assertEquals("\"…increased 3x in 6 months for four teams.\"", findings.get("SCOPE").evidence());
        assertEquals("\"I was tasked with identifying root causes of the growth.\"", findings.get("COMPLEXITY").evidence());
        assertEquals("\"I led a cross-team review and I convinced the teams to…\"", findings.get("LEADERSHIP").evidence());
        assertEquals("\"Reduced monthly costs by 55% and improved query speed by 3x.\"",
                findings.get("BUSINESS_IMPACT").evidence());
        assertEquals("\"Our data platform costs increased 3x in 6 months for four teams.\"",
                findings.get("COST_AWARENESS").evidence());
        assertEquals("\"Our data platform costs increased 3x in 6 months for four…\"",
                findings.get("SITUATION_PRESENT").evidence());
        assertEquals("task \"I was tasked with identifying root causes of the growth.\", action \"I led a cross-team "
                + "review and I convinced the teams to…\", result \"Reduced monthly costs by 55% and improved query "
                + "speed by 3x.\"", findings.get("STAR_ORDER").evidence());
        assertEquals("\"I led a cross-team review and I convinced the teams to…\"",
                findings.get("ACTION_FIRST_PERSON").evidence());
        assertEquals("no action or result is negated (did not, never) or hedged (tried to, helped someone who)",
                findings.get("OWNED_CLAIMS").evidence());
        assertEquals("7 trait terms in 46 words (15%), at most 25%", findings.get("NO_KEYWORD_STUFFING").evidence());
        assertEquals("missing: 46 words, about 18 s read aloud at 150 words a minute; told with its detail a story "
                + "runs one to three minutes, so the written core is 50 to 450 words (450 is three minutes spoken): "
                + "too short to carry the four parts", findings.get("LENGTH").evidence());
    }

    @Test
    void theModuleExampleInTheFirstPersonMeetsEveryRule() {
        StoryCheck check = StoryChecker.check(STRONG);
        assertTrue(check.findings().stream().allMatch(StoryCheck.Finding::met), check.findings().toString());
        assertEquals("106 words, about 42 s read aloud at 150 words a minute; told with its detail a story runs one "
                + "to three minutes, so the written core is 50 to 450 words (450 is three minutes spoken)",
                evidence(STRONG, "LENGTH"));
    }

    @Test
    void aNegatedActionIsNoLeadershipNoActAndNoOwnership() {
        StoryRequest story = story(SITUATION, TASK, "I did not lead the review and we compacted files together.",
                "Costs improved by 0% over the quarter.");
        Map<String, StoryCheck.Finding> findings = findings(story);
        assertEquals("missing: the action shows no act of yours that leads or influences (I led, I convinced, I won "
                + "buy-in); \"I did not lead the review and we compacted files together.\" does not count: it is negated",
                findings.get("LEADERSHIP").evidence());
        assertEquals("missing: the result has no measured change (a %, an amount, an ×, a time, not zero, with "
                + "reduced, grew, saved); \"Costs improved by 0% over the quarter.\" is no change",
                findings.get("BUSINESS_IMPACT").evidence());
        assertEquals("missing: the action tells no act (a verb, not negated)", findings.get("STAR_ORDER").evidence());
        assertEquals("missing: the result names no change with a direction and a number that is not zero",
                findings.get("RESULT_HAS_CHANGE").evidence());
        assertEquals("missing: the action says \"I did not lead the review and we compacted files together.\" but "
                + "disowns it (I decided, I led)", findings.get("ACTION_FIRST_PERSON").evidence());
        assertEquals("missing: negated: \"I did not lead the review and we compacted files together.\"; say what you "
                + "did, or leave it out", findings.get("OWNED_CLAIMS").evidence());
        assertEquals(3, StoryChecker.check(story).traitsMet());
    }

    @Test
    void aHedgedActionIsFlaggedAndANegatedResultIsNoOutcome() {
        StoryRequest story = story(SITUATION, TASK, "I tried to convince the teams to compact files quickly.",
                "Costs did not drop by 50% at all.");
        Map<String, StoryCheck.Finding> findings = findings(story);
        assertEquals("missing: hedged: \"I tried to convince the teams to compact files quickly.\"; say what you did, "
                + "or leave it out", findings.get("OWNED_CLAIMS").evidence());
        assertEquals("missing: the action says \"I tried to convince the teams to compact files quickly.\" but disowns "
                + "it (I decided, I led)", findings.get("ACTION_FIRST_PERSON").evidence());
        assertEquals("missing: the result has no outcome (reduced, grew, saved)", findings.get("STAR_ORDER").evidence());
        assertEquals("missing: the result has no measured change (a %, an amount, an ×, a time, not zero, with "
                + "reduced, grew, saved)", findings.get("BUSINESS_IMPACT").evidence());
    }

    @Test
    void aWeakStorySaysWhatIsMissing() {
        Map<String, StoryCheck.Finding> findings = findings(WEAK);
        assertEquals(0, StoryChecker.check(WEAK).traitsMet());
        assertEquals(List.of("SITUATION_PRESENT", "ACTION_PRESENT", "OWNED_CLAIMS", "NO_KEYWORD_STUFFING"),
                StoryChecker.check(WEAK).findings().stream().filter(StoryCheck.Finding::met)
                        .map(StoryCheck.Finding::rule).toList());
        assertEquals("missing: no clause that acts shows multi-team or organization-wide scope (teams, organization, "
                + "stakeholders)", findings.get("SCOPE").evidence());
        assertEquals("missing: no clause that acts names technical or organizational complexity (migration, "
                + "architecture, scale, root causes)", findings.get("COMPLEXITY").evidence());
        assertEquals("missing: no clause that acts is about cost, savings or spend",
                findings.get("COST_AWARENESS").evidence());
        assertEquals("missing: the task is missing or under 5 words", findings.get("TASK_PRESENT").evidence());
        assertEquals("missing: the result is missing or under 5 words", findings.get("RESULT_PRESENT").evidence());
        assertEquals("missing: the task states no aim (tasked, goal, needed to); the result has no outcome (reduced, "
                + "grew, saved)", findings.get("STAR_ORDER").evidence());
        assertEquals("missing: the action says \"We moved the tables over the weekend.\" but never what you did (I "
                + "decided, I led)", findings.get("ACTION_FIRST_PERSON").evidence());
        assertEquals("0 trait terms in 17 words (0%), at most 25%", findings.get("NO_KEYWORD_STUFFING").evidence());
    }

    @Test
    void anActionWithNoSubjectNeverSaysWhatYouDid() {
        assertEquals("missing: the action never says what you did (I decided, I led)",
                evidence(story(SITUATION, TASK, "Compacted the small files of every table.", RESULT),
                        "ACTION_FIRST_PERSON"));
        assertEquals("missing: the action tells no act (a verb, not negated); the result has no outcome (reduced, "
                + "grew, saved)", evidence(story(SITUATION, TASK, "Files, tables and jobs.", "Fine."), "STAR_ORDER"));
    }

    @Test
    void aTraitInAClauseWithoutAVerbDoesNotCount() {
        StoryRequest story = story("Four teams and the whole organization.", TASK, ACTION, RESULT);
        assertEquals("\"I led a cross-team review and I convinced the teams to compact files.\"", evidence(story, "SCOPE"));
        StoryRequest noScope = story("Stakeholders everywhere, all the time.", TASK,
                "I rewrote the compaction job myself.", RESULT);
        assertEquals("missing: no clause that acts shows multi-team or organization-wide scope (teams, organization, "
                + "stakeholders); \"Stakeholders everywhere, all the time.\" does not count: nothing in it acts (no verb)",
                evidence(noScope, "SCOPE"));
    }

    @Test
    void aHedgedTraitDoesNotCountAndSaysWhy() {
        StoryRequest story = story("Query speed dropped for the users of the dashboards.",
                "My goal was a faster warehouse for the users.", "I wanted to migrate the warehouse in waves.",
                RESULT);
        assertEquals("missing: no clause that acts names technical or organizational complexity (migration, "
                + "architecture, scale, root causes); \"I wanted to migrate the warehouse in waves.\" does not count: "
                + "it is hedged", evidence(story, "COMPLEXITY"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I led the review                          | led
            I personally led the review               | led
            I then also decided                       | decided
            I then also quickly decided               | ''
            I did not lead the review                 | ''
            I never influenced anyone                 | ''
            I didn't convince them                    | ''
            I tried to convince them                  | ''
            I planned the cut-over                    | planned
            I was tasked with it                      | ''
            I helped someone who led it               | helped
            We led it                                 | ''
            I would have led it                       | ''
            I led it and I convinced them             | led convinced
            i led it                                  | ''
            """)
    void theFirstPersonOwnsAnActOnlyWhenNothingDisownsIt(String clause, String verbs) {
        assertEquals(verbs.isEmpty() ? List.of() : List.of(verbs.split(" ")), StoryChecker.ownedVerbs(clause));
    }

    @ParameterizedTest(name = "{0} is a verb: {1}")
    @CsvSource({ "moved,true", "Moved,true", "led,true", "was,true", "used,true", "need,false", "bed,false",
            "distributed,false", "cross-linked,false", "team,false", "run,false" })
    void verbsArePastTenseOrKnownIrregulars(String word, boolean verb) {
        assertEquals(verb, StoryChecker.isVerb(word));
    }

    @Test
    void aHelperOfSomeoneWhoLedIsNoLeader() {
        StoryRequest story = story(SITUATION, TASK, "I helped a staff engineer who led the review of the teams.",
                RESULT);
        Map<String, StoryCheck.Finding> findings = findings(story);
        assertFalse(findings.get("LEADERSHIP").met());
        assertEquals("missing: hedged: \"I helped a staff engineer who led the review of the teams.\"; say what you "
                + "did, or leave it out", findings.get("OWNED_CLAIMS").evidence());
    }

    @Test
    void leadershipByAPhraseNeedsAnOwnedAct() {
        assertTrue(findings(story(SITUATION, TASK, "I won buy-in for compaction from the platform group.", RESULT))
                .get("LEADERSHIP").met());
        assertFalse(findings(story(SITUATION, TASK, "I compacted files and fixed the small jobs myself.", RESULT))
                .get("LEADERSHIP").met());
        assertFalse(findings(story(SITUATION, TASK, "Buy-in was won for compaction by the platform group.", RESULT))
                .get("LEADERSHIP").met(), "no act of the speaker");
        assertFalse(findings(story(SITUATION, "I led the review of the teams myself.", "I compacted the files.", RESULT))
                .get("LEADERSHIP").met(), "leading must be told in the action");
    }

    @Test
    void businessImpactNeedsAMeasureAndRESULT_HAS_CHANGEAnyNonZeroNumber() {
        Map<String, StoryCheck.Finding> plain = findings(story(SITUATION, TASK, ACTION,
                "Incidents were reduced from 12 to 3 a quarter."));
        assertFalse(plain.get("BUSINESS_IMPACT").met());
        assertEquals("\"Incidents were reduced from 12 to 3 a quarter.\"", plain.get("RESULT_HAS_CHANGE").evidence());
        for (String result : List.of("Latency decreased by 0.5 seconds at p99.", "The bill fell by $1,200 a month.",
                "Throughput grew 2x after the change.", "Savings reached 4 percent in March.")) {
            assertTrue(findings(story(SITUATION, TASK, ACTION, result)).get("BUSINESS_IMPACT").met(), result);
        }
        for (String result : List.of("Latency decreased by 0.0 seconds at p99.", "The bill stayed at 5% of revenue.",
                "Costs did not drop by 5% this year.")) {
            assertFalse(findings(story(SITUATION, TASK, ACTION, result)).get("BUSINESS_IMPACT").met(), result);
        }
    }

    @ParameterizedTest(name = "{0} words: met {1}")
    @CsvSource({ "49,false", "50,true", "450,true", "451,false" })
    void theLengthRuleFollowsOneToThreeMinutesSpoken(int words, boolean met) {
        String filler = "data ".repeat(words - 28);
        StoryRequest story = story("Costs grew for the four teams there " + filler,
                "I was tasked with cutting them down.", "I led the review across the teams.",
                "Costs were reduced by 20% in total.");
        assertEquals(words, StoryChecker.wordCount(String.join(" ", story.situation(), story.task(), story.action(),
                story.result())));
        StoryCheck.Finding length = findings(story).get("LENGTH");
        assertEquals(met, length.met(), length.evidence());
        assertEquals(Math.round(words * 60f / 150) + " s read aloud",
                length.evidence().replaceAll(".*about (\\d+ s read aloud).*", "$1"));
        if (!met) {
            assertTrue(length.evidence().endsWith(words < 50 ? ": too short to carry the four parts"
                    : ": too long to tell in three minutes"), length.evidence());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            four words      | one two three four        | false
            five words      | one two three four five   | true
            """)
    void eachPartNeedsFiveWords(String description, String task, boolean met) {
        assertEquals(met, findings(story(SITUATION, task, ACTION, RESULT)).get("TASK_PRESENT").met());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            three terms in seven words is a list           | Cut costs for four teams by migrating                | true
            three terms in eight words is not              | We cut costs for four teams by migrating             | false
            four terms in ten words is a list              | We cut costs and budget for four teams by migrating  | true
            two terms in six words is not                  | We cut costs for four teams                          | false
            """)
    void aClauseThatIsMostlyTraitTermsIsAList(String description, String clause, boolean list) {
        assertEquals(list, new StoryChecker.Clause(StoryChecker.Part.ACTION, clause).keywordList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            I led the costs review for them.        | missing: 8 trait terms in 28 words (28%), over 25%: tell what happened instead
            I led the costs review for them today.  | 8 trait terms in 32 words (25%), at most 25%
            """)
    void stuffingIsFlaggedAboveAQuarterOfTheWords(String part, String expected) {
        // Two trait terms a clause is never a list; told four times it is stuffing once over a quarter of the words.
        assertEquals(expected, evidence(story(part, part, part, part), "NO_KEYWORD_STUFFING"));
    }

    @Test
    void aListOfTraitTermsIsStuffingWhateverItsShare() {
        assertEquals("missing: a list of trait terms: \"Costs, budget, spend, savings, FinOps.\"",
                evidence(story(SITUATION, TASK, ACTION + " Costs, budget, spend, savings, FinOps.", RESULT),
                        "NO_KEYWORD_STUFFING"));
    }

    @Test
    void quotesAreCutAtWordsAroundTheMatch() {
        String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                + "sixteen seventeen eighteen nineteen twenty";
        assertEquals("\"…six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen…\"",
                StoryChecker.quote(text, Pattern.compile("eleven")));
        assertEquals("\"one two three four five six seven eight nine ten eleven…\"",
                StoryChecker.quote(text, Pattern.compile("^")));
        assertEquals("\"…seventeen eighteen nineteen twenty\"",
                StoryChecker.quote(text, Pattern.compile("twenty")));
    }

    @Test
    void curlyApostrophesReadAsStraightOnes() {
        StoryRequest story = story(SITUATION, TASK, "I didn’t lead the review of the teams.", RESULT);
        assertEquals("missing: negated: \"I didn't lead the review of the teams.\"; say what you did, or leave it out",
                evidence(story, "OWNED_CLAIMS"));
    }
}
