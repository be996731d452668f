package dev.principalprep.progress.xapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The filters of {@code GET /statements} as xAPI 1.0.3 defines them, checked and turned into SQL on the statement log:
 * agent (this platform's accounts; any other identifier matches nobody), verb, activity (the object, exactly), since
 * (exclusive) and until (inclusive) on the stored time, ascending, limit, and the cursor of a more link. Voided
 * statements are never listed; they are fetched one at a time with voidedStatementId.
 */
public record StatementQuery(String learner, boolean nobody, String verb, String activity, OffsetDateTime since,
        OffsetDateTime until, int limit, boolean ascending, Cursor after) {

    public static final int MAX_LIMIT = 500;
    static final String PATH = "/api/v1/xapi/statements";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LEARNER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,128}");
    private static final Pattern IRI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s\\p{Cntrl}]{1,490}");

    /** The request's parameters as sent; null where absent. */
    public record Parameters(String agent, String verb, String activity, String since, String until, String limit,
            String ascending, String cursor) {
    }

    /** Where a page ended: the last statement's stored time and place in the log, opaque to clients. */
    public record Cursor(OffsetDateTime stored, long seq) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((stored.toInstant() + "|" + seq).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                OffsetDateTime stored = OffsetDateTime.parse(parts[0]);
                if (stored.getYear() < 1 || stored.getYear() > 9999) {
                    throw new IllegalArgumentException("a time no statement was stored at");
                }
                return new Cursor(stored, Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new StatementQueryException("cursor is not one from a more link");
            }
        }
    }

    /** A parameter the query cannot use (400, as an LRS answers); its message names it. */
    public static class StatementQueryException extends BadRequestException {

        public StatementQueryException(String message) {
            super(message);
        }
    }

    public static StatementQuery of(Parameters p) {
        String learner = null;
        boolean nobody = false;
        if (p.agent() != null) {
            JsonNode agent = agent(p.agent());
            JsonNode account = agent.path("account");
            // Learner ids are token subjects, which the platform restricts: any other name is nobody's.
            nobody = !Statements.HOME_PAGE.equals(account.path("homePage").asText(null))
                    || !LEARNER_ID.matcher(account.path("name").asText("")).matches();
            learner = nobody ? null : account.path("name").asText();
        }
        return new StatementQuery(learner, nobody, iri("verb", p.verb()), iri("activity", p.activity()),
                time("since", p.since()), time("until", p.until()), limit(p.limit()), ascending(p.ascending()),
                p.cursor() == null ? null : Cursor.decode(p.cursor()));
    }

    /** The SQL selecting one more than a page (to tell whether there is more), and its arguments in order. */
    public String sql(List<Object> args) {
        StringBuilder where = new StringBuilder(
                "not exists (select 1 from xapi_statement v where v.voided_statement_id = s.id)");
        if (nobody) {
            where.append(" and false");
        }
        condition(where, args, "s.learner_id = $%d", learner);
        condition(where, args, "s.verb_id = $%d", verb);
        condition(where, args, "s.object_id = $%d", activity);
        condition(where, args, "s.stored > $%d", since);
        condition(where, args, "s.stored <= $%d", until);
        if (after != null) {
            args.add(after.stored());
            args.add(after.seq());
            where.append(" and (s.stored, s.seq) ").append(ascending ? ">" : "<")
                    .append(" ($").append(args.size() - 1).append(", $").append(args.size()).append(")");
        }
        String order = ascending ? "asc" : "desc";
        return "select s.id, s.seq, s.stored, s.statement from xapi_statement s where " + where
                + " order by s.stored " + order + ", s.seq " + order + " limit " + (limit + 1);
    }

    /** The more link after a page ending at this statement: the same filters, from that statement on. */
    public String more(Cursor last, Parameters p) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("agent", p.agent());
        query.put("verb", p.verb());
        query.put("activity", p.activity());
        query.put("since", p.since());
        query.put("until", p.until());
        query.put("limit", Integer.toString(limit));
        query.put("ascending", Boolean.toString(ascending));
        query.put("cursor", last.encode());
        List<String> pairs = new ArrayList<>();
        query.forEach((name, value) -> {
            if (value != null) {
                pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return PATH + "?" + String.join("&", pairs);
    }

    /** A statement id of statementId or voidedStatementId, which may come with no filter. */
    public static UUID single(String name, String id, Parameters p) {
        if (p.agent() != null || p.verb() != null || p.activity() != null || p.since() != null || p.until() != null
                || p.limit() != null || p.ascending() != null || p.cursor() != null) {
            throw new StatementQueryException(name + " comes alone: no other filter, limit, ascending or cursor");
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new StatementQueryException(name + " must be a UUID");
        }
    }

    private static void condition(StringBuilder where, List<Object> args, String sql, Object value) {
        if (value != null) {
            args.add(value);
            where.append(" and ").append(sql.formatted(args.size()));
        }
    }

    private static JsonNode agent(String text) {
        JsonNode agent;
        try {
            agent = JSON.readTree(text);
        } catch (Exception e) {
            throw new StatementQueryException("agent must be a JSON Agent object, such as "
                    + "{\"account\": {\"homePage\": \"" + Statements.HOME_PAGE + "\", \"name\": \"learner-1\"}}");
        }
        if (agent == null || !agent.isObject()) {
            throw new StatementQueryException("agent must be a JSON object");
        }
        int identifiers = 0;
        for (String field : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
            identifiers += agent.has(field) ? 1 : 0;
        }
        if (identifiers != 1) {
            throw new StatementQueryException("agent must have exactly one of mbox, mbox_sha1sum, openid, account");
        }
        JsonNode account = agent.get("account");
        if (account != null && (!account.path("homePage").isTextual() || !account.path("name").isTextual())) {
            throw new StatementQueryException("agent.account needs a homePage and a name, both strings");
        }
        return agent;
    }

    private static String iri(String name, String value) {
        if (value != null && !IRI.matcher(value).matches()) {
            throw new StatementQueryException(name + " must be an IRI, such as http://adlnet.gov/expapi/verbs/completed");
        }
        return value;
    }

    private static OffsetDateTime time(String name, String value) {
        try {
            OffsetDateTime time = value == null ? null : OffsetDateTime.parse(value);
            if (time != null && (time.getYear() < 1 || time.getYear() > 9999)) {
                throw new StatementQueryException(name + " must be a time between the years 1 and 9999");
            }
            return time;
        } catch (DateTimeParseException e) {
            throw new StatementQueryException(
                    name + " must be an ISO 8601 timestamp with offset, such as 2026-11-01T00:00:00Z");
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return 100;
        }
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new StatementQueryException("limit must be a whole number from 0 to " + MAX_LIMIT);
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new StatementQueryException("limit must be a whole number from 0 to " + MAX_LIMIT);
        }
        return limit == 0 ? MAX_LIMIT : limit;
    }

    private static boolean ascending(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new StatementQueryException("ascending must be true or false");
    }
}
