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
            boolean isNew, LocalDate due, int repetitions, int intervalDays, BigDecimal ease, int reviews) {
    }

    /** The cards to review now: those due, oldest first, then new ones in the module's order. */
    @Schema(name = "DueCards")
    public record Due(String moduleId, LocalDate today, int dueCount, int newCount, List<Card> cards) {
    }

    /** The module's whole deck. */
    @Schema(name = "ReviewDeck")
    public record Deck(String moduleId, int version, List<Card> cards, String algorithm) {
    }

    /** What a review did: the grade counted, for a figure whether it was right, and the card's next due day. */
    @Schema(name = "ReviewOutcome")
    public record Outcome(String cardId, int grade, Boolean correct, String back, int repetitions, int intervalDays,
            BigDecimal ease, LocalDate due) {
    }

    /** Review across the learner's modules: streak, today, the week ahead. */
    @Schema(name = "ReviewSummary")
    public record Summary(LocalDate today, int streakDays, int reviewedToday, int dueToday, int newCards,
            List<ReviewCalendar.ForecastDay> forecast, List<ModuleReview> modules, String algorithm) {
    }

    /** One module's deck in numbers. */
    @Schema(name = "ModuleReview")
    public record ModuleReview(String moduleId, String title, int cards, int due, int newCards) {
    }
}
