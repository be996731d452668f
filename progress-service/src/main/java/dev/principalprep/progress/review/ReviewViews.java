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
    public record Card(String cardId, String topic, String front, String back, boolean asksFigure, String unit,
            boolean isNew, LocalDate due, @Schema(description = "successful reviews in a row") int repetitions,
            @Schema(description = "days until the next review") int intervalDays,
            @Schema(description = "the SM-2 ease factor (from 1.3; 2.5 for a new card)") BigDecimal ease,
            @Schema(description = "reviews in all") int reviews) {
    }

    /** The cards to review now: those due, oldest first, then new ones in the module's order. */
    @Schema(name = "DueCards")
    public record Due(String moduleId, LocalDate today, @Schema(description = "cards due today or earlier") int dueCount,
            @Schema(description = "cards never reviewed") int newCount, List<Card> cards) {
    }

    /** The module's whole deck. */
    @Schema(name = "ReviewDeck")
    public record Deck(String moduleId, @Schema(description = "the module version the deck comes from") int version,
            List<Card> cards, String algorithm) {
    }

    /** What a review did: the grade counted, for a figure whether it was right, and the card's next due day. */
    @Schema(name = "ReviewOutcome")
    public record Outcome(String cardId,
            @Schema(description = "the recall grade counted, from 0 (forgot) to 5 (perfect)") int grade,
            @Schema(description = "for a figure card, whether the answer was right; null for other cards", nullable = true) Boolean correct,
            String back, @Schema(description = "successful reviews in a row") int repetitions,
            @Schema(description = "days until the next review") int intervalDays,
            @Schema(description = "the SM-2 ease factor after this review") BigDecimal ease, LocalDate due) {
    }

    /** Review across the learner's modules: streak, today, the week ahead. */
    @Schema(name = "ReviewSummary")
    public record Summary(LocalDate today,
            @Schema(description = "consecutive days with at least one review, up to today") int streakDays,
            @Schema(description = "cards reviewed today") int reviewedToday,
            @Schema(description = "cards due today or earlier") int dueToday,
            @Schema(description = "cards never reviewed") int newCards,
            List<ReviewCalendar.ForecastDay> forecast, List<ModuleReview> modules, String algorithm) {
    }

    /** One module's deck in numbers. */
    @Schema(name = "ModuleReview")
    public record ModuleReview(String moduleId, String title, @Schema(description = "cards in the module's deck") int cards,
            @Schema(description = "cards due today or earlier") int due,
            @Schema(description = "cards never reviewed") int newCards) {
    }
}
