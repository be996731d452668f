package dev.principalprep.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A frontend built on the contract: a client generated from the gateway's live {@code /openapi.json} (openapi-typescript
 * types, openapi-fetch calls, compiled by tsc) drives a learner's journey with no hand-written request or field name.
 * A contract that names a path, parameter or field wrongly fails the compilation; an answer that differs from its
 * schema fails the journey's assertions.
 */
@ExtendWith(SharedPlatform.class)
class ClientJourneyIT {

    private static Platform platform;
    private static final Path JOURNEY = Path.of(System.getProperty("client-journey.dir", "target/client-journey"));

    @BeforeAll
    static void up(SharedPlatform.Started shared) {
        platform = shared.platform();
    }

    @Test
    void aGeneratedClientRunsTheLearnersJourney() throws Exception {
        String gateway = "http://localhost:" + platform.port("PP_GATEWAY_PORT");
        Run generated = run(List.of(bin("openapi-typescript"), gateway + "/openapi.json", "-o", "src/api.d.ts"), gateway);
        assertEquals(0, generated.exit(), generated.output());
        Run compiled = run(List.of(bin("tsc"), "-p", "."), gateway);
        assertEquals(0, compiled.exit(), "the journey does not compile against the contract:\n" + compiled.output());
        Run journey = run(List.of("node", "dist/journey.js"), gateway);
        assertEquals(0, journey.exit(), journey.output());
        assertTrue(journey.output().contains("\"dashboard: 2/"), journey.output());
    }

    private static String bin(String tool) {
        return JOURNEY.resolve("node_modules/.bin").resolve(tool).toString();
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command, String gateway) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(JOURNEY.toFile()).redirectErrorStream(true);
        builder.environment().put("PP_GATEWAY_URL", gateway);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Run(-1, String.join(" ", command) + " hung:\n" + output);
        }
        return new Run(process.exitValue(), output);
    }
}
