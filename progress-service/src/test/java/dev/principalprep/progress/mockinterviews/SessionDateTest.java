package dev.principalprep.progress.mockinterviews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionDateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-20T10:00:00Z | give the day only, without a time: YYYY-MM-DD, for example 2026-11-20
            2026-11-20 10:00     | give the day only, without a time: YYYY-MM-DD, for example 2026-11-20
            20/11/2026           | write the date as YYYY-MM-DD (year, month, day), for example 2026-11-20
            2026/11/20           | write the date as YYYY-MM-DD (year, month, day), for example 2026-11-20
            2026-11-2            | write the date as YYYY-MM-DD (year, month, day), for example 2026-11-20
            26-11-20             | write the date as YYYY-MM-DD (year, month, day), for example 2026-11-20
            ' 2026-11-20'        | write the date as YYYY-MM-DD (year, month, day), for example 2026-11-20
            yesterday            | write the date as YYYY-MM-DD (year, month, day), for example 2026-11-20
            ''                   | write the date as YYYY-MM-DD (year, month, day), for example 2026-11-20
            2026-02-29           | no such day in the calendar: the month must be 01 to 12 and the day must exist in it
            2026-13-01           | no such day in the calendar: the month must be 01 to 12 and the day must exist in it
            2026-11-31           | no such day in the calendar: the month must be 01 to 12 and the day must exist in it
            2026-11-00           | no such day in the calendar: the month must be 01 to 12 and the day must exist in it
            2026-11-28           | cannot be in the future: log a session once it has been held
            2027-01-01           | cannot be in the future: log a session once it has been held
            """)
    void aBadDayIsRefusedInWords(String text, String problem) {
        assertEquals(Optional.of(problem), SessionDate.Rules.problem(text, TODAY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "2026-11-27", "2026-11-26", "2024-02-29", "2000-01-01" })
    void aDayUpToTodayIsAccepted(String text) {
        assertEquals(Optional.empty(), SessionDate.Rules.problem(text, TODAY));
    }

    @Test
    void noDayIsLeftToNotNull() {
        assertEquals(Optional.empty(), SessionDate.Rules.problem(null, TODAY));
    }

    @Test
    void todayIsTheDayInTheFurthestAheadTimeZone() {
        assertEquals(ZoneOffset.ofHours(14), SessionDate.Rules.EARLIEST_ZONE);
        LocalDate utc = LocalDate.now(ZoneOffset.UTC);
        LocalDate today = SessionDate.Rules.today();
        assertEquals(true, today.equals(utc) || today.equals(utc.plusDays(1)), today + " against " + utc);
    }
}
