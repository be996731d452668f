package dev.principalprep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.e2e.hostile.HostileCases;
import dev.principalprep.e2e.hostile.HostileRequest;
import dev.principalprep.e2e.hostile.TokenForge;

/**
 * The platform as an attacker meets it, through the gateway: the findings of the hardening review as fixed seeds,
 * then well over a thousand requests generated from the live merged contract. No answer may be a 5xx; every 4xx is
 * problem+json without internals; a request that must be refused is; nothing a learner has stored changes; and the
 * services still answer afterwards.
 */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.|jakarta\\.|dev\\.principalprep|io\\.(quarkus|vertx|smallrye)|Exception|@(Produces|Consumes|Valid)|\\bat [a-z]+\\.[a-z]");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static Platform platform;
    private static String gateway;
    private static String learner;
    private static String other;
    private static TokenForge forge;

    /** One learner sends every request: the shared platform's rate limit is raised for it. */
    @BeforeAll
    static void up(SharedPlatform.Started shared) throws Exception {
        platform = shared.platform();
        gateway = "http://127.0.0.1:" + platform.port("PP_GATEWAY_PORT");
        learner = devToken("hostile-learner", "learner", "author", "ld-admin", "integration");
        other = devToken("other-learner", "learner");
        forge = new TokenForge(platform.dataDir().resolve("keys/private.pem"));
    }

    @Test
    @Order(1)
    void aTinyExponentIsRefusedAtOnceAndStoresNothing() throws Exception {
        String before = mine();
        for (String number : new String[] { "1e-100000000", "1e-10000000", "1e100000000" }) {
            long started = System.nanoTime();
            Answer answer = send("POST", "/api/v1/estimates", learner,
                    "{\"workload\":{\"storage\":{\"totalTb\":" + number + "}}}");
            assertEquals(400, answer.status(), answer.body());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 2, "answered at once: " + number);
            assertTrue(answer.body().contains("workload.storage.totalTb"), answer.body());
        }
        assertEquals(before, mine());
    }

    @Test
    @Order(2)
    void controlCharactersAreRefusedAndNeverCloseARouteForEveryone() throws Exception {
        String before = mine();
        for (int i = 0; i < 10; i++) {
            assertEquals(400, send("POST", "/api/v1/estimates", learner,
                    "{\"preset\":\"module-9-example\",\"name\":\"a\\u0000b\"}").status());
            assertEquals(400, send("POST", "/api/v1/learners/me/stories", learner,
                    "{\"title\":\"a\\u0000b\",\"situation\":\"s\",\"task\":\"t\",\"action\":\"a\",\"result\":\"r\"}").status());
            assertEquals(400, send("GET", "/api/v1/learners/me/stories/a%00b", learner, null).status());
        }
        assertEquals(before, mine());
        // Another learner's estimate is still priced: no circuit opened.
        assertEquals(201, send("POST", "/api/v1/estimates", other, "{\"preset\":\"module-9-example\"}").status());
    }

    @Test
    @Order(3)
    void bodiesAreCountedAsTheyArriveChunkedOrNot() throws Exception {
        String before = mine();
        for (int mib : new int[] { 3, 12 }) {
            byte[] body = ("{\"name\":\"" + "x".repeat(mib * 1024 * 1024) + "\",\"preset\":\"module-9-example\"}")
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/estimates"))
                    .header("Authorization", "Bearer " + learner).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), mib + " MiB chunked");
        }
        assertEquals(before, mine());
    }

    @Test
    @Order(4)
    void managementEndpointsAreNotOnThePublicPort() throws Exception {
        for (String path : new String[] { "/q/metrics", "/q/health", "/q/health/ready" }) {
            assertEquals(404, send("GET", path, null, null).status(), path);
        }
        send("GET", "/api/v1/learners/hostile-learner/stories", learner, null);
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + platform.port("PP_GATEWAY_MANAGEMENT_PORT") + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("/api/v1/learners/{learner}/stories"), "labelled with its template");
        assertTrue(!metrics.body().contains("hostile-learner"), "no learner id in any label");
    }

    @Test
    @Order(5)
    void tokensFromTheFutureOrForYearsAndPathTricksAreRefused() throws Exception {
        assertEquals(401, send("GET", "/api/v1/estimates", forge.signed("hostile-learner", 3600, 3600), null).status());
        assertEquals(401, send("GET", "/api/v1/estimates", forge.signed("hostile-learner", 0, 3650L * 86400), null).status());
        assertEquals(200, send("GET", "/api/v1/estimates", forge.signed("hostile-learner", 0, 600), null).status());
        for (String path : new String[] { "/api/v1/curriculum/../learners/other-learner/progress",
                "/api/v1/curriculum/%2e%2e/learners/other-learner/progress", "/api/v1//learners/other-learner/progress" }) {
            assertEquals(400, send("GET", path, null, null).status(), path);
        }
    }

    @Test
    @Order(6)
    void aThousandRequestsFromTheLiveContractAreAllRefusedCleanly() throws Exception {
        JsonNode contract = JSON.readTree(send("GET", "/openapi.json", null, null).body());
        List<HostileRequest> cases = HostileCases.from(contract, learner, TokenForge.forged("hostile-learner"), other,
                "hostile-learner");
        assertTrue(cases.size() >= 1000, "generated " + cases.size());
        String before = mine();
        List<String> serverErrors = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        for (HostileRequest hostile : cases) {
            Answer answer = send(hostile);
            statuses.merge(answer.status(), 1, Integer::sum);
            String what = hostile.name() + " -> " + answer.status() + " " + abbreviate(answer.body());
            if (answer.status() >= 500) {
                serverErrors.add(what);
            } else if (answer.status() >= 400 && !isCleanProblem(answer)) {
                notProblems.add(what);
            } else if (answer.status() < 400 && hostile.mustBeRefused()) {
                accepted.add(what);
            }
        }
        System.out.printf("Hostile requests: %d, answers by status: %s%n", cases.size(), statuses);
        assertEquals(List.of(), serverErrors, "no 5xx");
        assertEquals(List.of(), notProblems, "every 4xx is problem+json without internals");
        assertEquals(List.of(), accepted, "every request breaking the contract is refused");
        assertEquals(before, mine(), "nothing stored by a refused request");
    }

    @Test
    @Order(7)
    void theServicesStillAnswerAfterwards() throws Exception {
        assertEquals(200, send("GET", "/api/v1/modules/module-9", null, null).status());
        assertEquals(201, send("POST", "/api/v1/estimates", other, "{\"preset\":\"module-9-example\"}").status());
        assertEquals(200, send("GET", "/api/v1/learners/me/progress", other, null).status());
        assertEquals(200, send("GET", "/api/v1/me/dashboard", other, null).status());
    }

    /** What the hostile learner has stored, everywhere it can store something. */
    private static String mine() throws Exception {
        StringBuilder state = new StringBuilder();
        for (String path : new String[] { "/api/v1/estimates?size=100", "/api/v1/learners/me/stories",
                "/api/v1/learners/me/modules/module-9/skills/assessments",
                "/api/v1/learners/me/modules/module-9/mock-interviews", "/api/v1/learners/me/progress",
                "/api/v1/modules/module-9/draft", "/api/v1/catalogs" }) {
            Answer answer = send("GET", path, learner, null);
            state.append(path).append(' ').append(answer.status()).append(' ').append(answer.body()).append('\n');
        }
        return state.toString();
    }

    private static boolean isCleanProblem(Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json") || INTERNALS.matcher(answer.body()).find()) {
            return false;
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            return problem.path("type").asText().startsWith("/problems/") && problem.path("status").asInt() == answer.status()
                    && problem.hasNonNull("title") && problem.hasNonNull("detail");
        } catch (Exception e) {
            return false;
        }
    }

    private static String devToken(String subject, String... roles) throws Exception {
        Answer answer = send("POST", "/api/v1/dev/tokens", null,
                "{\"subject\":\"" + subject + "\",\"roles\":" + JSON.writeValueAsString(roles) + "}");
        assertEquals(200, answer.status(), answer.body());
        return JSON.readTree(answer.body()).get("access_token").asText();
    }

    private static Answer send(String method, String path, String token, String body) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return send(new HostileRequest(method + " " + path, method, path, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), true));
    }

    private static Answer send(HostileRequest hostile) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + hostile.path()))
                .timeout(Duration.ofSeconds(30))
                .method(hostile.method(), hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
        hostile.headers().forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    private record Answer(int status, String contentType, String body) {
    }
}
