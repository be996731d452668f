package dev.principalprep.progress.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.principalprep.progress.curriculum.CurriculumModule;
import dev.principalprep.progress.support.ReviewModule;

class CardDeckTest {

    private static Map<String, CardDeck.Card> cards() {
        return CardDeck.of(ReviewModule.readModel("module-9")).stream()
                .collect(Collectors.toMap(CardDeck.Card::id, Function.identity()));
    }

    private static CardDeck.Figure figure(String low, String high, String unit) {
        return new CardDeck.Figure(new BigDecimal(low), new BigDecimal(high), unit);
    }

    @Test
    void theDeckCoversWhatTheModuleAsksToKnowCold() {
        assertEquals(List.of("clarify-requirements", "estimate-scale", "high-level-design", "data-modeling",
                "deep-dive-on-components", "bottleneck-analysis", "cost-optimization", "framework.steps", "cost-storage",
                "cost-storage.figure", "cost-compute", "cost-compute.figure", "cost-streaming", "cost-streaming.figure",
                "cost-serving", "cost-serving.figure", "cost.total", "cost.rules", "tip-spot-instances.figure",
                "star.parts", "trait-scope", "trait-complexity", "trait-leadership", "trait-business-impact",
                "trait-cost-awareness", "star.traits", "disagreed-with-senior-engineer", "influence-without-authority",
                "describe-failed-project", "handle-underperformance", "deliver-bad-news", "checklist.before-the-interview",
                "checklist.during-the-interview", "checklist.after-the-interview"),
                CardDeck.of(ReviewModule.readModel("module-9")).stream().map(CardDeck.Card::id).toList());
    }

    @Test
    void eachStepAndTheStepsInOrder() {
        Map<String, CardDeck.Card> cards = cards();
        assertEquals(new CardDeck.Card("high-level-design", "FRAMEWORK",
                "Step 3 of the 7-step framework: its name and what it covers?",
                "High-Level Design: Architecture diagram; Component selection; Data flow", null),
                cards.get("high-level-design"));
        assertEquals("1. Clarify Requirements; 2. Estimate Scale; 3. High-Level Design; 4. Data Modeling; 5. Deep Dive "
                + "on Components; 6. Bottleneck Analysis; 7. Cost Optimization", cards.get("framework.steps").back());
        assertEquals("The 7 steps of the system design framework, in order?", cards.get("framework.steps").front());
    }

    @Test
    void costCardsAskTheExamplesFiguresAndTheTotal() {
        Map<String, CardDeck.Card> cards = cards();
        assertEquals(new CardDeck.Card("cost-storage", "COST", "Cost model of Storage (S3)?", "$23/TB/month", null),
                cards.get("cost-storage"));
        assertEquals(new CardDeck.Card("cost-compute.figure", "COST", "Compute (Spark) at $0.50-2.00/TB processed: the "
                + "monthly cost in the module's example (100TB, 10K QPS), in $?", "$5,000-20,000/month",
                figure("5000", "20000", "$/month")), cards.get("cost-compute.figure"));
        assertEquals(figure("2300", "2300", "$/month"), cards.get("cost-storage.figure").figure());
        assertEquals(figure("10000", "10000", "$/month"), cards.get("cost-streaming.figure").figure());
        assertEquals(new CardDeck.Card("cost.total", "COST", "Total monthly cost of the module's example (100TB, 10K "
                + "QPS), in $?", "$27,300-42,300/month", figure("27300", "42300", "$/month")), cards.get("cost.total"));
    }

    @Test
    void theRulesOfThumbAndTheSpotSaving() {
        Map<String, CardDeck.Card> cards = cards();
        assertEquals("1. Always mention spot instances (60-80% savings); 2. Discuss storage tiering (hot/warm/cold); "
                + "3. Mention auto-scaling for variable workloads; 4. Show you understand OpEx vs. CapEx",
                cards.get("cost.rules").back());
        assertEquals("The 4 cost rules of thumb?", cards.get("cost.rules").front());
        assertEquals(new CardDeck.Card("tip-spot-instances.figure", "COST",
                "Always mention spot instances (…% savings): the figure, in %?",
                "Always mention spot instances (60-80% savings)", figure("60", "80", "%")),
                cards.get("tip-spot-instances.figure"));
    }

    @Test
    void starItsTraitsTheQuestionsAndTheChecklist() {
        Map<String, CardDeck.Card> cards = cards();
        assertEquals(new CardDeck.Card("star.parts", "STAR", "The four parts of STAR?",
                "Situation, Task, Action, Result", null), cards.get("star.parts"));
        assertEquals(new CardDeck.Card("trait-leadership", "STAR", "STAR trait \u201cLeadership\u201d: what must the "
                + "story show?", "Influencing without authority", null), cards.get("trait-leadership"));
        assertEquals("Scope, Complexity, Leadership, Business Impact, Cost Awareness", cards.get("star.traits").back());
        assertEquals("The 5 traits a principal-level STAR story shows?", cards.get("star.traits").front());
        assertEquals(new CardDeck.Card("handle-underperformance", "LEADERSHIP", "\u201cHow do you handle "
                + "underperformance?\u201d: what are they testing, and the key points?",
                "Testing: Management, empathy. Key points: Coaching; documentation; fairness.", null),
                cards.get("handle-underperformance"));
        assertEquals(new CardDeck.Card("checklist.during-the-interview", "CHECKLIST", "Mock interview checklist, "
                + "During the Interview: the 2 items?",
                "Clarify requirements before designing; Include cost estimates "
                        + "(cost pass)",
                null), cards.get("checklist.during-the-interview"));
    }

    @Test
    void itemsWithoutTheirFactsMakeNoCard() {
        CurriculumModule bare = ReviewModule.readModel("bare");
        bare.items.forEach(item -> item.attributes = null);
        List<String> ids = CardDeck.of(bare).stream().map(CardDeck.Card::id).toList();
        // Steps, rules and checklist need no attributes; cost rows, traits, questions and STAR's parts do.
        assertEquals(List.of("clarify-requirements", "estimate-scale", "high-level-design", "data-modeling",
                "deep-dive-on-components", "bottleneck-analysis", "cost-optimization", "framework.steps", "cost.rules",
                "tip-spot-instances.figure", "star.traits", "checklist.checklist"), ids);
        assertEquals("High-Level Design", CardDeck.of(bare).get(2).back());
        CurriculumModule empty = new CurriculumModule();
        assertEquals(List.of(), CardDeck.of(empty));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            $2,300/month             | 2300  | 2300
            $5,000-20,000/month      | 5000  | 20000
            $5,000 - $20,000 a month | 5000  | 20000
            $10,000/month (100TB)    | 10000 | 10000
            $0.50-2.00/TB processed  | 0.50  | 2.00
            """)
    void dollarsAreReadAsARange(String text, String low, String high) {
        assertEquals(Optional.of(figure(low, high, "$/month")), CardDeck.dollars(text));
    }

    @Test
    void textWithoutDollarsHasNoFigure() {
        assertEquals(Optional.empty(), CardDeck.dollars("about ten thousand"));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            27300 | 42300 | $27,300-42,300
            2300  | 2300  | $2,300
            """)
    void rangesAreWrittenAsTheModuleWritesThem(String low, String high, String written) {
        assertEquals(written, CardDeck.range("$", new BigDecimal(low), new BigDecimal(high)));
    }

    @Test
    void aFigureAcceptsItsBoundsAndNothingOutside() {
        CardDeck.Figure figure = figure("60", "80", "%");
        assertEquals(List.of(false, true, true, true, false), List.of(figure.accepts(new BigDecimal("59.99")),
                figure.accepts(new BigDecimal("60")), figure.accepts(new BigDecimal("70")),
                figure.accepts(new BigDecimal("80.00")), figure.accepts(new BigDecimal("80.01"))));
        assertNull(cards().get("clarify-requirements").figure());
    }
}
