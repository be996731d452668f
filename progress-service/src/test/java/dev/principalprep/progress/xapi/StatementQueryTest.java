package dev.principalprep.progress.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementQueryTest {

    private static final String AGENT = "{\"account\": {\"homePage\": \"https://principalprep.dev\", \"name\": \"learner-1\"}}";
    private static final StatementQuery.Parameters NONE = new StatementQuery.Parameters(null, null, null, null, null,
            null, null, null);

    private static StatementQuery.Parameters with(String name, String value) {
        return new StatementQuery.Parameters(name.equals("agent") ? value : null, name.equals("verb") ? value : null,
                name.equals("activity") ? value : null, name.equals("since") ? value : null,
                name.equals("until") ? value : null, name.equals("limit") ? value : null,
                name.equals("ascending") ? value : null, name.equals("cursor") ? value : null);
    }

    @Test
    void noParametersMeansNewestFirstAHundredAtATimeVoidedLeftOut() {
        StatementQuery query = StatementQuery.of(NONE);
        List<Object> args = new ArrayList<>();
        assertEquals("select s.id, s.seq, s.stored, s.statement from xapi_statement s where not exists (select 1 from "
                + "xapi_statement v where v.voided_statement_id = s.id) order by s.stored desc, s.seq desc limit 101",
                query.sql(args));
        assertTrue(args.isEmpty());
        assertEquals(100, query.limit());
        assertFalse(query.ascending());
    }

    @Test
    void everyFilterBecomesAConditionWithItsArgumentInOrder() {
        StatementQuery query = StatementQuery.of(new StatementQuery.Parameters(AGENT,
                "http://adlnet.gov/expapi/verbs/completed", "https://principalprep.dev/xapi/activities/modules/m",
                "2026-11-01T00:00:00Z", "2026-11-30T00:00:00Z", "10", "true",
                new StatementQuery.Cursor(OffsetDateTime.parse("2026-11-02T00:00:00Z"), 42).encode()));
        List<Object> args = new ArrayList<>();
        String sql = query.sql(args);
        assertTrue(sql.contains(" and s.learner_id = $1 and s.verb_id = $2 and s.object_id = $3 and s.stored > $4 and "
                + "s.stored <= $5 and (s.stored, s.seq) > ($6, $7) order by s.stored asc, s.seq asc limit 11"), sql);
        assertEquals(List.of("learner-1", "http://adlnet.gov/expapi/verbs/completed",
                "https://principalprep.dev/xapi/activities/modules/m", OffsetDateTime.parse("2026-11-01T00:00:00Z"),
                OffsetDateTime.parse("2026-11-30T00:00:00Z"), OffsetDateTime.parse("2026-11-02T00:00:00Z"), 42L), args);
    }

    @Test
    void aCursorGoingNewestFirstContinuesBelowIt() {
        StatementQuery query = StatementQuery.of(with("cursor",
                new StatementQuery.Cursor(OffsetDateTime.parse("2026-11-02T00:00:00Z"), 7).encode()));
        assertTrue(query.sql(new ArrayList<>()).contains("and (s.stored, s.seq) < ($1, $2) order by s.stored desc"));
    }

    @Test
    void anAgentOfAnotherKindOrPlatformMatchesNobody() {
        for (String agent : List.of("{\"mbox\": \"mailto:a@example.com\"}",
                "{\"account\": {\"homePage\": \"https://elsewhere.example\", \"name\": \"learner-1\"}}")) {
            StatementQuery query = StatementQuery.of(with("agent", agent));
            assertTrue(query.nobody());
            assertNull(query.learner());
            assertTrue(query.sql(new ArrayList<>()).contains(" and false"));
        }
        StatementQuery mine = StatementQuery.of(with("agent", AGENT));
        assertFalse(mine.nobody());
        assertFalse(mine.sql(new ArrayList<>()).contains(" and false"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            agent     | learner-1
            agent     | []
            agent     | {}
            agent     | {"mbox": "mailto:a@b.c", "openid": "http://x"}
            agent     | {"account": {"homePage": "https://principalprep.dev"}}
            agent     | {"account": {"name": 3, "homePage": "https://principalprep.dev"}}
            verb      | completed
            activity  | not an iri
            since     | yesterday
            since     | +10000-01-01T00:00:00Z
            until     | -0001-12-31T00:00:00Z
            until     | 2026-11-01
            limit     | -1
            limit     | 501
            limit     | ten
            ascending | yes
            cursor    | not-a-cursor
            cursor    | bm90aGluZw
            """)
    void aParameterXapiDoesNotDefineSoIsRefusedByName(String name, String value) {
        StatementQuery.StatementQueryException refused = assertThrows(StatementQuery.StatementQueryException.class,
                () -> StatementQuery.of(with(name, value)));
        assertTrue(refused.getMessage().startsWith(name), refused.getMessage());
        assertEquals(400, refused.getResponse().getStatus());
    }

    @Test
    void controlCharactersFarTimesAndNamesNoTokenCarriesNeverReachTheDatabase() {
        assertThrows(StatementQuery.StatementQueryException.class,
                () -> StatementQuery.of(with("verb", "http://adlnet.gov/expapi/verbs/\u0000completed")));
        assertThrows(StatementQuery.StatementQueryException.class,
                () -> StatementQuery.of(with("activity", "https://principalprep.dev/x\ty")));
        StatementQuery.Cursor far = new StatementQuery.Cursor(OffsetDateTime.parse("+10000-01-01T00:00:00Z"), 1);
        assertThrows(StatementQuery.StatementQueryException.class, () -> StatementQuery.of(with("cursor", far.encode())));
        assertEquals(9999, StatementQuery.of(with("since", "9999-12-31T00:00:00Z")).since().getYear());
        assertEquals(1, StatementQuery.of(with("until", "0001-01-01T00:00:00Z")).until().getYear());
        StatementQuery odd = StatementQuery.of(with("agent",
                "{\"account\": {\"homePage\": \"https://principalprep.dev\", \"name\": \"a\\u0000b\"}}"));
        assertTrue(odd.nobody());
        assertNull(odd.learner());
    }

    @Test
    void limitZeroIsTheMostAndTheBoundsAreKept() {
        assertEquals(500, StatementQuery.of(with("limit", "0")).limit());
        assertEquals(500, StatementQuery.of(with("limit", "500")).limit());
        assertEquals(1, StatementQuery.of(with("limit", "1")).limit());
        assertFalse(StatementQuery.of(with("ascending", "false")).ascending());
        assertTrue(StatementQuery.of(with("ascending", "true")).ascending());
    }

    @Test
    void theMoreLinkKeepsTheFiltersAndAddsTheCursor() {
        StatementQuery.Parameters p = new StatementQuery.Parameters(AGENT, null, null, "2026-11-01T00:00:00+01:00", null,
                "5", null, null);
        StatementQuery.Cursor last = new StatementQuery.Cursor(OffsetDateTime.parse("2026-11-02T00:00:00Z"), 9);
        String more = StatementQuery.of(p).more(last, p);
        assertEquals("/api/v1/xapi/statements?agent=%7B%22account%22%3A+%7B%22homePage%22%3A+%22https%3A%2F%2F"
                + "principalprep.dev%22%2C+%22name%22%3A+%22learner-1%22%7D%7D&since=2026-11-01T00%3A00%3A00%2B01%3A00"
                + "&limit=5&ascending=false&cursor=" + last.encode(), more);
        StatementQuery.Cursor back = StatementQuery.Cursor.decode(last.encode());
        assertEquals(last.seq(), back.seq());
        assertEquals(last.stored().toInstant(), back.stored().toInstant());
    }

    @Test
    void oneStatementByIdComesAlone() {
        UUID id = UUID.randomUUID();
        assertEquals(id, StatementQuery.single("statementId", id.toString(), NONE));
        for (String name : List.of("agent", "verb", "activity", "since", "until", "limit", "ascending", "cursor")) {
            assertThrows(StatementQuery.StatementQueryException.class,
                    () -> StatementQuery.single("statementId", id.toString(), with(name, "x")), name);
        }
        StatementQuery.StatementQueryException notUuid = assertThrows(StatementQuery.StatementQueryException.class,
                () -> StatementQuery.single("voidedStatementId", "42", NONE));
        assertEquals("voidedStatementId must be a UUID", notUuid.getMessage());
    }
}
