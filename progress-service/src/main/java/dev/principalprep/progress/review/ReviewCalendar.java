package dev.principalprep.progress.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.problems.InvalidInput;

/**
 * The plain rules around the scheduler: how a review is graded, how long the streak is, and how many cards fall due
 * on each of the next days.
 */
public final class ReviewCalendar {

    static final int FORECAST_DAYS = 7;
    /** A cost card answered inside the module's range is recalled; outside it, forgotten. */
    static final int FIGURE_RIGHT = 4;
    static final int FIGURE_WRONG = 1;

    private ReviewCalendar() {
    }

    /** The grade a review counts as, and whether a figure was right (null for a grade given by the learner). */
    public record Graded(int grade, Boolean correct) {
    }

    /** One of the next days and the cards due on it; the first day also counts every card overdue. */
    @Schema(name = "ForecastDay")
    public record ForecastDay(@Schema(description = "the day, YYYY-MM-DD in UTC") LocalDate day,
            @Schema(description = "cards due that day; on today, every overdue card too") int due) {
    }

    public static Graded grade(CardDeck.Card card, Integer grade, BigDecimal answer) {
        if (answer != null) {
            if (card.figure() == null) {
                throw new InvalidInput("answer", "this card asks no figure: grade your recall from 0 to 5");
            }
            if (grade != null) {
                throw new InvalidInput("grade", "a figure grades itself: send the answer or a grade, not both");
            }
            boolean right = card.figure().accepts(answer);
            return new Graded(right ? FIGURE_RIGHT : FIGURE_WRONG, right);
        }
        if (grade == null) {
            throw new InvalidInput("grade", card.figure() == null ? "grade your recall from 0 to 5"
                    : "answer with the figure, or grade your recall from 0 to 5");
        }
        return new Graded(grade, null);
    }

    /** Days in a row with a review, up to today; a streak still counts today when yesterday was the last day. */
    public static int streak(Set<LocalDate> reviewDays, LocalDate today) {
        LocalDate day = reviewDays.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (reviewDays.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    public static List<ForecastDay> forecast(Collection<LocalDate> dues, LocalDate today) {
        List<ForecastDay> days = new ArrayList<>();
        for (int offset = 0; offset < FORECAST_DAYS; offset++) {
            LocalDate day = today.plusDays(offset);
            boolean first = offset == 0;
            int count = (int) dues.stream().filter(due -> first ? !due.isAfter(day) : due.equals(day)).count();
            days.add(new ForecastDay(day, count));
        }
        return days;
    }
}
