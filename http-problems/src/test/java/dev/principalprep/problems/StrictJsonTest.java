package dev.principalprep.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The body rules every service reads JSON with, and what a client is told when one is broken. */
class StrictJsonTest {

    enum Status {
        NOT_STARTED,
        COMPLETED
    }

    record Storage(BigDecimal totalTb) {
    }

    record Body(String name, Storage storage, Integer minutes, Status status, List<String> tags, LocalDate on) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aTinyExponentIsRefusedAtOnceWithoutExpandingIt() {
        JsonProcessingException refused = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(
                JsonProcessingException.class,
                () -> mapper.readValue("{\"storage\":{\"totalTb\":1e-100000000}}", Body.class)));
        Problem problem = JsonFailures.problem(refused, "/api/v1/estimates");
        assertEquals(400, problem.status());
        assertEquals(List.of(Problem.Violation.body("storage.totalTb", NumberBounds.TOO_MANY_DIGITS)), problem.violations());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            huge exponent        | {"storage":{"totalTb":1e100000000}}       | storage.totalTb | digits
            NUL in a name        | {"name":"a\\u0000b"}                       | name            | control characters
            escape in a list     | {"tags":["ok","\\u001b[31m"]}              | tags[1]         | control characters
            text for a number    | {"minutes":"20"}                          | minutes         | whole number
            a number for text    | {"name":20}                               | name            | must be a text
            a boolean for number | {"minutes":true}                          | minutes         | whole number
            a number for an enum | {"status":1}                              | status          | NOT_STARTED, COMPLETED
            fraction for a whole | {"minutes":2.5}                           | minutes         | whole number
            unknown enum value   | {"status":"DONE"}                         | status          | NOT_STARTED, COMPLETED
            a date that is not   | {"on":"2026-13-45"}                       | on              | ISO 8601
            unknown field        | {"nmae":"x"}                              | nmae            | not a known field
            """)
    void refusedValuesAreNamedInWords(String description, String json, String field, String words) {
        JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Body.class));
        Problem problem = JsonFailures.problem(refused, "/x");
        assertEquals(field, problem.violations().get(0).field(), description);
        assertEquals("body", problem.violations().get(0).in());
        assertTrue(problem.detail().contains(words), problem.detail());
        assertFalse(ClientText.INTERNALS.matcher(problem.detail()).find(), problem.detail());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing garbage  | {"name":"x"} garbage      | not valid JSON (line 1
            a second document | {"name":"x"}{"name":"y"}  | Nothing may follow
            not JSON          | {name                     | not valid JSON
            """)
    void malformedBodiesSayWhatWasWrong(String description, String json, String words) {
        JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Body.class));
        assertTrue(JsonFailures.problem(refused, "/x").detail().contains(words), description);
    }

    @Test
    void deepNestingIsRefusedWhileParsing() {
        String deep = "[".repeat(StrictJson.MAX_NESTING + 1) + "]".repeat(StrictJson.MAX_NESTING + 1);
        JsonProcessingException refused = assertThrows(JsonProcessingException.class,
                () -> mapper.readTree(deep));
        assertTrue(JsonFailures.problem(refused, "/x").detail().contains("nests deeper"));
    }

    @Test
    void cleanTextAndOrdinaryNumbersPass() throws Exception {
        Body body = mapper.readValue("{\"name\":\"Line one\\nline two\\ttab\",\"storage\":{\"totalTb\":0.4},\"minutes\":20}",
                Body.class);
        assertEquals(new BigDecimal("0.4"), body.storage().totalTb());
        assertEquals(20, body.minutes());
        assertEquals("Line one\nline two\ttab", body.name());
    }
}
