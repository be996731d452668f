package dev.principalprep.progress.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The SM-2 algorithm of SuperMemo 2 (P. A. Wozniak, 1990), as published: grades 0 to 5; a grade under 3 starts the
 * card's repetitions again at a one-day interval without changing its easiness; otherwise the intervals are 1 day,
 * 6 days, then the previous interval times the easiness factor, rounded up, and the easiness moves by
 * {@code 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)}, never below 1.3. A new card starts at easiness 2.5.
 */
public final class Sm2 {

    public static final int MIN_GRADE = 0;
    public static final int MAX_GRADE = 5;
    /** The lowest grade that counts as recalled. */
    public static final int PASSING_GRADE = 3;
    public static final BigDecimal INITIAL_EASE = new BigDecimal("2.50");
    public static final BigDecimal MIN_EASE = new BigDecimal("1.30");
    static final int FIRST_INTERVAL = 1;
    static final int SECOND_INTERVAL = 6;

    private Sm2() {
    }

    /** Where a card stands for a learner: successful repetitions in a row, the last interval, easiness, next due day. */
    public record State(int repetitions, int intervalDays, BigDecimal ease, LocalDate due) {

        /** A card never reviewed: due the day it is first seen. */
        public static State fresh(LocalDate today) {
            return new State(0, 0, INITIAL_EASE, today);
        }
    }

    /** The state after a review graded {@code grade} on {@code day}. */
    public static State review(State state, int grade, LocalDate day) {
        if (grade < MIN_GRADE || grade > MAX_GRADE) {
            throw new IllegalArgumentException("grade " + grade + " is outside 0 to 5");
        }
        if (grade < PASSING_GRADE) {
            return new State(0, FIRST_INTERVAL, state.ease(), day.plusDays(FIRST_INTERVAL));
        }
        int interval = switch (state.repetitions()) {
            case 0 -> FIRST_INTERVAL;
            case 1 -> SECOND_INTERVAL;
            default -> BigDecimal.valueOf(state.intervalDays()).multiply(state.ease())
                    .setScale(0, RoundingMode.CEILING).intValueExact();
        };
        int distance = MAX_GRADE - grade;
        BigDecimal change = new BigDecimal("0.10").subtract(BigDecimal.valueOf(distance)
                .multiply(new BigDecimal("0.08").add(BigDecimal.valueOf(distance).multiply(new BigDecimal("0.02")))));
        BigDecimal ease = state.ease().add(change).max(MIN_EASE);
        return new State(state.repetitions() + 1, interval, ease, day.plusDays(interval));
    }
}
