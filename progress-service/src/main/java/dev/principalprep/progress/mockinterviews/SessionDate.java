package dev.principalprep.progress.mockinterviews;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The day a session was held, written exactly {@code YYYY-MM-DD}: no time, no other order, a day the calendar has, not
 * after today anywhere on Earth (so a learner ahead of UTC can log today's session). Each refusal says which of these
 * it broke, in words, never echoing the input.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SessionDate.Check.class)
public @interface SessionDate {

    String message() default "must be a date written YYYY-MM-DD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rules, as plain Java a unit test reaches. */
    final class Rules {

        /** The furthest-ahead time zone: its today is the latest day a session can have been held. */
        static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);
        private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
        private static final Pattern DAY_AND_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].*");
        private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
                .withResolverStyle(ResolverStyle.STRICT);

        private Rules() {
        }

        /** What is wrong with the text as a session's day, or empty when it is a good one. */
        public static Optional<String> problem(String text, LocalDate today) {
            if (text == null) {
                return Optional.empty();
            }
            if (DAY_AND_TIME.matcher(text).matches()) {
                return Optional.of("give the day only, without a time: YYYY-MM-DD, for example 2026-11-20");
            }
            if (!DAY.matcher(text).matches()) {
                return Optional.of("write the date as YYYY-MM-DD (year, month, day), for example 2026-11-20");
            }
            LocalDate day;
            try {
                day = LocalDate.parse(text, STRICT);
            } catch (DateTimeParseException e) {
                return Optional.of("no such day in the calendar: the month must be 01 to 12 and the day must exist in it");
            }
            if (day.isAfter(today)) {
                return Optional.of("cannot be in the future: log a session once it has been held");
            }
            return Optional.empty();
        }

        public static LocalDate today() {
            return LocalDate.now(EARLIEST_ZONE);
        }
    }

    /** Bean Validation's hook for {@link Rules}. */
    final class Check implements ConstraintValidator<SessionDate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Optional<String> problem = Rules.problem(value, Rules.today());
            problem.ifPresent(message -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            });
            return problem.isEmpty();
        }
    }
}
