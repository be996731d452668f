package dev.principalprep.gateway.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.gateway.routing.UpstreamStub;
import dev.principalprep.localstack.testing.JwtTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The merged contract (here from the copies of the services' documents bundled at build, the same documents the
 * services serve) as the referee tools judge it: {@code openapi-spec-validator} and Spectral's {@code spectral:oas}
 * ruleset (plus a rule of ours in {@code spectral.yaml}: every property of a component schema has a description), each
 * at zero errors; and typed enough for a client generator.
 */
@QuarkusTest
@WithTestResource(value = UpstreamStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtTestResource.class, scope = TestResourceScope.GLOBAL)
class ContractLintTest {

    private static final Path LINT = Path.of(System.getProperty("contract-lint.dir", "target/contract-lint"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path contract;

    /** Fetched once the application runs (Quarkus starts it before the first test, after any static set-up). */
    @BeforeEach
    void writeTheContract() throws IOException {
        if (contract == null) {
            contract = LINT.resolve("openapi.json");
            Files.writeString(contract, given().when().get("/openapi.json").then().statusCode(200).extract().asString());
        }
    }

    @Test
    void openApiSpecValidatorFindsNoError() throws Exception {
        Run run = run("python3", "-m", "openapi_spec_validator", contract.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("OK"), run.output());
    }

    @Test
    void spectralOasRulesetFindsNoError() throws Exception {
        Run run = run(LINT.resolve("node_modules/.bin/spectral").toString(), "lint", "--ruleset",
                LINT.resolve("spectral.yaml").toString(), "--format", "json", "--quiet", contract.toString());
        JsonNode findings = JSON.readTree(run.output().substring(run.output().indexOf('[')));
        List<String> errors = new ArrayList<>();
        findings.forEach(finding -> {
            if (finding.path("severity").asInt() == 0) {
                errors.add(finding.path("code").asText() + " at " + finding.path("path") + ": "
                        + finding.path("message").asText());
            }
        });
        assertEquals(List.of(), errors);
    }

    @Test
    void everySuccessAnswerWithABodyHasASchema() throws Exception {
        JsonNode paths = JSON.readTree(contract.toFile()).path("paths");
        List<String> untyped = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> operation
                .getValue().path("responses").fields().forEachRemaining(answer -> {
                    if (answer.getKey().startsWith("2")) {
                        answer.getValue().path("content").fields().forEachRemaining(media -> {
                            if (!media.getValue().has("schema")) {
                                untyped.add(operation.getKey() + " " + path.getKey() + " " + answer.getKey());
                            }
                        });
                    }
                })));
        assertEquals(List.of(), untyped);
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "still running: " + String.join(" ", command));
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
