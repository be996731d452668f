package dev.principalprep.progress.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a learner sees of their spaced review. */
public final class ReviewViews {

    static final String ALGORITHM = "SM-2 (SuperMemo 2, Wozniak 1990): grades 0 to 5; under 3 starts again at 1 day; "
            + "otherwise 1 day, 6 days, then the last interval times the easiness (from 2.5, moved by "
            + "0.1 - (5-q)(0.08 + (5-q)0.02), at least 1.3), rounded up. Days are UTC.";

    private ReviewViews() {
    }

    /** A card with where it stands for the learner. */
    @Schema(name = "ReviewCard")
    public record Card(
            @Schema(description = "the card's id, from the module item it is drawn from (such as clarify-requirements, cost-compute.figure, cost.total); stable across module versions") String cardId,
            @Schema(description = "what the card is about: FRAMEWORK, COST, STAR, LEADERSHIP or CHECKLIST") String topic,
            @Schema(description = "the question the card asks") String front,
            @Schema(description = "the answer, as the module gives it") String back,
            @Schema(description = "true for a cost card answered with a figure (send answer, not grade)") boolean asksFigure,
            @Schema(description = "the figure's unit, $/month or %; null when the card asks no figure", nullable = true) String unit,
            @Schema(description = "true when the learner has never reviewed the card") boolean isNew,
            @Schema(description = "the day the card is next due, YYYY-MM-DD in UTC; today for a new card") LocalDate due,
            @Schema(description = "successful reviews in a row (grade 3 or more)") int repetitions,
            @Schema(description = "the interval the last review set, in days from that review to the due day; 0 for a new card") int intervalDays,
            @Schema(description = "the SM-2 ease factor, at least 1.3; 2.5 for a new card") BigDecimal ease,
            @Schema(description = "reviews of the card in all") int reviews) {
    }

    /** The cards to review now: those due, oldest first, then new ones in the module's order. */
    @Schema(name = "DueCards")
    public record Due(@Schema(description = "the module id") String moduleId,
            @Schema(description = "today in UTC, YYYY-MM-DD: a card due on or before it is due") LocalDate today,
            @Schema(description = "cards due today or earlier") int dueCount,
            @Schema(description = "cards never reviewed") int newCount,
            @Schema(description = "at most limit cards: the due ones, earliest due first, then new ones in the module's order") List<Card> cards) {
    }

    /** The module's whole deck. */
    @Schema(name = "ReviewDeck")
    public record Deck(@Schema(description = "the module id") String moduleId,
            @Schema(description = "the module version the deck comes from") int version,
            @Schema(description = "every card of the module's deck, in the module's order") List<Card> cards,
            @Schema(description = "how reviews are scheduled (SM-2), in words") String algorithm) {
    }

    /** What a review did: the grade counted, for a figure whether it was right, and the card's next due day. */
    @Schema(name = "ReviewOutcome")
    public record Outcome(@Schema(description = "the card reviewed") String cardId,
            @Schema(description = "the recall grade counted, from 0 (forgot) to 5 (perfect); a figure counts 4 when right, 1 when wrong") int grade,
            @Schema(description = "for a figure card, whether the answer was right; null for other cards", nullable = true) Boolean correct,
            @Schema(description = "the card's answer, to compare with the learner's") String back,
            @Schema(description = "successful reviews in a row (grade 3 or more), this one included") int repetitions,
            @Schema(description = "days from today (UTC) to the card's next due day") int intervalDays,
            @Schema(description = "the SM-2 ease factor after this review, at least 1.3") BigDecimal ease,
            @Schema(description = "the day the card is next due, YYYY-MM-DD in UTC") LocalDate due) {
    }

    /** Review across the learner's modules: streak, today, the week ahead. */
    @Schema(name = "ReviewSummary")
    public record Summary(@Schema(description = "today in UTC, YYYY-MM-DD") LocalDate today,
            @Schema(description = "consecutive UTC days with at least one review, ending today (or yesterday, while today has none yet)") int streakDays,
            @Schema(description = "reviews answered today (UTC); a card reviewed twice counts twice") int reviewedToday,
            @Schema(description = "cards due today or earlier, in every module") int dueToday,
            @Schema(description = "cards never reviewed, in every module") int newCards,
            @Schema(description = "the 7 days from today, each with the cards due on it; today also counts every overdue card") List<ReviewCalendar.ForecastDay> forecast,
            @Schema(description = "each module that has review cards, with its deck in numbers") List<ModuleReview> modules,
            @Schema(description = "how reviews are scheduled (SM-2), in words") String algorithm) {
    }

    /** One module's deck in numbers. */
    @Schema(name = "ModuleReview")
    public record ModuleReview(@Schema(description = "the module id") String moduleId,
            @Schema(description = "the module's title") String title,
            @Schema(description = "cards in the module's deck") int cards,
            @Schema(description = "cards due today or earlier") int due,
            @Schema(description = "cards never reviewed") int newCards) {
    }
}
