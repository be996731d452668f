package dev.principalprep.progress.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.principalprep.problems.InvalidInput;

class ReviewCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final CardDeck.Card RECALL = new CardDeck.Card("clarify-requirements", "FRAMEWORK", "front", "back",
            null);
    private static final CardDeck.Card FIGURE = new CardDeck.Card("cost-compute.figure", "COST", "front",
            "$5,000-20,000/month", new CardDeck.Figure(new BigDecimal("5000"), new BigDecimal("20000"), "$/month"));

    private static Set<LocalDate> days(String offsets) {
        return offsets.isBlank() ? Set.of()
                : Stream.of(offsets.split(" ")).map(o -> TODAY.plusDays(Integer.parseInt(o))).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "days {0}: streak {1}")
    @CsvSource({ "'',0", "0,1", "-1,1", "0 -1 -2,3", "-1 -2 -4,2", "-2,0", "0 -2,1", "0 -1 -2 -3 -4 -5 -6 -7,8",
            "1,0" })
    void theStreakCountsDaysInARowUpToTodayOrYesterday(String offsets, int streak) {
        assertEquals(streak, ReviewCalendar.streak(days(offsets), TODAY));
    }

    @Test
    void theForecastCountsOverdueCardsToday() {
        List<LocalDate> dues = Stream.of(-3, 0, 1, 1, 6, 7).map(TODAY::plusDays).toList();
        List<ReviewCalendar.ForecastDay> forecast = ReviewCalendar.forecast(dues, TODAY);
        assertEquals(7, forecast.size());
        assertEquals(List.of(2, 2, 0, 0, 0, 0, 1), forecast.stream().map(ReviewCalendar.ForecastDay::due).toList());
        assertEquals(TODAY, forecast.get(0).day());
        assertEquals(TODAY.plusDays(6), forecast.get(6).day());
    }

    @Test
    void aRecallCardIsGradedByTheLearner() {
        assertEquals(new ReviewCalendar.Graded(3, null), ReviewCalendar.grade(RECALL, 3, null));
        assertEquals(new ReviewCalendar.Graded(0, null), ReviewCalendar.grade(FIGURE, 0, null));
    }

    @ParameterizedTest(name = "{0}: right {1}")
    @CsvSource({ "5000,true", "4999.99,false", "20000,true", "20000.01,false", "12000,true", "0,false" })
    void aFigureInsideTheModulesRangeIsRight(String answer, boolean right) {
        assertEquals(new ReviewCalendar.Graded(right ? 4 : 1, right),
                ReviewCalendar.grade(FIGURE, null, new BigDecimal(answer)));
    }

    @Test
    void aReviewSaysWhatItLacks() {
        InvalidInput noGrade = assertThrows(InvalidInput.class, () -> ReviewCalendar.grade(RECALL, null, null));
        assertEquals("grade", noGrade.field());
        assertEquals("grade your recall from 0 to 5", noGrade.getMessage());
        InvalidInput figureNoAnswer = assertThrows(InvalidInput.class, () -> ReviewCalendar.grade(FIGURE, null, null));
        assertEquals("answer with the figure, or grade your recall from 0 to 5", figureNoAnswer.getMessage());
        InvalidInput figureForRecall = assertThrows(InvalidInput.class,
                () -> ReviewCalendar.grade(RECALL, null, BigDecimal.TEN));
        assertEquals("answer", figureForRecall.field());
        assertEquals("this card asks no figure: grade your recall from 0 to 5", figureForRecall.getMessage());
        InvalidInput both = assertThrows(InvalidInput.class, () -> ReviewCalendar.grade(FIGURE, 5, BigDecimal.TEN));
        assertEquals("grade", both.field());
        assertEquals("a figure grades itself: send the answer or a grade, not both", both.getMessage());
    }
}
