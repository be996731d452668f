package dev.principalprep.progress.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Sm2Test {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    private static Sm2.State state(int repetitions, int interval, String ease) {
        return new Sm2.State(repetitions, interval, new BigDecimal(ease), DAY);
    }

    @Test
    void aNewCardIsDueTheDayItIsFirstSeenAtEasiness2point5() {
        assertEquals(new Sm2.State(0, 0, new BigDecimal("2.50"), DAY), Sm2.State.fresh(DAY));
    }

    @Test
    void successfulReviewsGoOneDaySixDaysThenTimesTheEasinessRoundedUp() {
        Sm2.State first = Sm2.review(Sm2.State.fresh(DAY), 4, DAY);
        assertEquals(new Sm2.State(1, 1, new BigDecimal("2.50"), DAY.plusDays(1)), first);
        Sm2.State second = Sm2.review(first, 4, DAY.plusDays(1));
        assertEquals(new Sm2.State(2, 6, new BigDecimal("2.50"), DAY.plusDays(7)), second);
        Sm2.State third = Sm2.review(second, 4, DAY.plusDays(7));
        assertEquals(new Sm2.State(3, 15, new BigDecimal("2.50"), DAY.plusDays(22)), third);
        // 15 x 2.5 = 37.5 days, rounded up; a grade of 3 lowers the easiness by 0.14 for the next interval.
        Sm2.State fourth = Sm2.review(third, 3, DAY.plusDays(22));
        assertEquals(new Sm2.State(4, 38, new BigDecimal("2.36"), DAY.plusDays(60)), fourth);
        // 38 x 2.36 = 89.68, rounded up.
        assertEquals(90, Sm2.review(fourth, 5, DAY).intervalDays());
    }

    @ParameterizedTest(name = "grade {0}: easiness {1}")
    @CsvSource({ "5,2.60", "4,2.50", "3,2.36", "2,2.50", "1,2.50", "0,2.50" })
    void theEasinessMovesWithTheGradeAndAFailureLeavesIt(int grade, String ease) {
        assertEquals(new BigDecimal(ease), Sm2.review(state(3, 10, "2.50"), grade, DAY).ease());
    }

    @ParameterizedTest(name = "grade {0}")
    @CsvSource({ "0", "1", "2" })
    void aGradeUnderThreeStartsTheRepetitionsAgainTomorrow(int grade) {
        assertEquals(new Sm2.State(0, 1, new BigDecimal("2.36"), DAY.plusDays(1)),
                Sm2.review(state(5, 40, "2.36"), grade, DAY));
    }

    @Test
    void theEasinessNeverFallsBelow1point3() {
        assertEquals(new BigDecimal("1.30"), Sm2.review(state(3, 10, "1.30"), 3, DAY).ease());
        assertEquals(new BigDecimal("1.30"), Sm2.review(state(3, 10, "1.40"), 3, DAY).ease());
        assertEquals(new BigDecimal("1.31"), Sm2.review(state(3, 10, "1.45"), 3, DAY).ease());
        // 6 x 1.3 = 7.8 days, rounded up.
        assertEquals(8, Sm2.review(state(2, 6, "1.30"), 4, DAY).intervalDays());
    }

    @ParameterizedTest(name = "grade {0}")
    @CsvSource({ "-1", "6" })
    void aGradeOutsideZeroToFiveIsRefused(int grade) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Sm2.review(Sm2.State.fresh(DAY), grade, DAY));
        assertEquals("grade " + grade + " is outside 0 to 5", refused.getMessage());
    }
}
