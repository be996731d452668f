package dev.principalprep.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.RestAssured;

/**
 * The README's run command, end to end, on the platform the end-to-end tests share: its up, requests through the
 * gateway, status, then down, the failure cases of up, up again with the data intact and the crash of single parts.
 * It runs last (the highest {@code @Order}), since its down stops the shared platform for good.
 */
@ExtendWith(SharedPlatform.class)
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    private static Platform platform;
    private static Platform.Result started;
    private static String savedEstimate;
    private static String savedBy;

    @BeforeAll
    static void up(SharedPlatform.Started shared) {
        platform = shared.platform();
        started = shared.up();
        RestAssured.port = platform.port("PP_GATEWAY_PORT");
    }

    @Test
    @Order(1)
    void upSaysWhereTheGatewayAndSwaggerUiAnswer() {
        assertEquals(0, started.exitCode(), started.output());
        assertTrue(started.output().contains("Swagger UI: http://localhost:" + platform.port("PP_GATEWAY_PORT")),
                started.output());
    }

    @Test
    @Order(1)
    void everyServiceAnswersThroughTheGateway() {
        given().when().get("/api/v1/modules").then().statusCode(200).body("items.id", hasItem("module-9"));
        given().when().get("/api/v1/catalogs").then().statusCode(200).body("name", hasItem("module-9"));
        given().queryParam("q", "spot savings").when().get("/api/v1/search").then().statusCode(200)
                .body("items[0].itemId", equalTo("tip-spot-instances"))
                .body("items[0].path", equalTo("/api/v1/modules/module-9/sections/cost-tips"));
        given().when().get("/api/v1/nowhere").then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    @Order(3)
    void aLearnerPricesTheModuleExampleThroughTheGateway() {
        String token = given().contentType("application/json")
                .body("{\"subject\": \"e2e-learner\", \"roles\": [\"learner\"]}")
                .when().post("/api/v1/dev/tokens")
                .then().statusCode(200).extract().path("access_token");
        savedBy = token;
        String id = given().auth().oauth2(token).contentType("application/json").body("{\"preset\": \"module-9-example\"}")
                .when().post("/api/v1/estimates")
                .then().statusCode(201)
                .body("result.totalLow", equalTo(27300.00f))
                .body("result.totalHigh", equalTo(42300.00f))
                .extract().path("id");
        savedEstimate = id;
        given().auth().oauth2(token).accept("text/markdown").when().get("/api/v1/estimates/" + id)
                .then().statusCode(200).body(containsString("**$42,300.00**"));
        given().auth().oauth2(token).contentType("application/json").body("{\"status\": \"COMPLETED\", \"minutesSpent\": 40}")
                .when().put("/api/v1/learners/me/modules/module-9/items/clarify-requirements").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/me/dashboard").then().statusCode(200)
                .body("progress.find { it.moduleId == 'module-9' }.percentComplete", equalTo(5.3f))
                .body("nextItems.find { it.moduleId == 'module-9' }.id", equalTo("estimate-scale"))
                .body("latestEstimates[0].id", equalTo(id))
                .body("missing.size()", equalTo(0));
        given().contentType("application/json").body("{\"preset\": \"module-9-example\"}")
                .when().post("/api/v1/estimates").then().statusCode(401);
        given().auth().oauth2(token).contentType("application/json").body("{\"name\": \"x\"}")
                .when().post("/api/v1/catalogs").then().statusCode(403).contentType("application/problem+json");
    }

    /** The 19.5 KB module reaches a client through the gateway compressed, and the Link header of a page with it. */
    @Test
    @Order(1)
    void theGatewayPassesOnCompressedJsonAndPageLinks() throws Exception {
        java.net.http.HttpResponse<byte[]> module = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:"
                                + platform.port("PP_GATEWAY_PORT") + "/api/v1/modules/module-9"))
                                .header("Accept-Encoding", "gzip").build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, module.statusCode());
        assertEquals("gzip", module.headers().firstValue("Content-Encoding").orElse(""), module.headers().toString());
        byte[] json;
        try (var unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(module.body()))) {
            json = unzipped.readAllBytes();
        }
        assertTrue(json.length > 15_000 && module.body().length < json.length / 2,
                module.body().length + " bytes for " + json.length);
        given().queryParam("size", 1).when().get("/api/v1/modules").then().statusCode(200)
                .header("Link", containsString("<http://localhost:" + platform.port("PP_GATEWAY_PORT")
                        + "/api/v1/modules?size=1&page=0>; rel=\"first\""));
    }

    @Test
    @Order(2)
    void progressLearnsTheCurriculumFromContentsEvent() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .when().get("/api/v1/curriculum/modules")
                .then().statusCode(200)
                .body("find { it.moduleId == 'module-9' }.items.size()", equalTo(74))
                .body("find { it.moduleId == 'module-9' }.estimatedMinutesTotal", equalTo(660)));
    }

    @Test
    @Order(4)
    void theGatewayServesOneLiveContractAndSwaggerUi() {
        given().when().get("/openapi").then().statusCode(200)
                .body("paths.'/api/v1/modules'.get.operationId", equalTo("listModules"))
                .body("paths.'/api/v1/estimates'.post.operationId", equalTo("createEstimate"))
                .body("paths.'/api/v1/curriculum/modules'.get.operationId", equalTo("listTrackedModules"))
                .body("paths.'/api/v1/dev/tokens'.post.operationId", equalTo("issueDevToken"))
                .body("info.'x-stale-parts'", org.hamcrest.Matchers.nullValue());
        given().when().get("/swagger-ui/").then().statusCode(200);
    }

    @Test
    @Order(4)
    void swaggerUiInARealBrowserRunsTryItOutThroughTheGateway() throws Exception {
        ChromeDriver browser = Chromium.start();
        try {
            browser.get("http://localhost:" + platform.port("PP_GATEWAY_PORT") + "/swagger-ui/");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("operations-Modules-listModules")));
            operation.findElement(By.cssSelector(".opblock-summary")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Modules-listModules .try-out__btn")))
                    .click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-Modules-listModules .execute")))
                    .click();
            WebElement status = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "#operations-Modules-listModules .live-responses-table tr.response .response-col_status")));
            assertEquals("200", status.getText().strip());
            assertTrue(browser.findElement(By.cssSelector("#operations-Modules-listModules .live-responses-table"))
                    .getText().contains("module-9"));
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(4)
    void statusShowsEveryPartReady() throws Exception {
        Platform.Result status = platform.run("status");
        assertEquals(0, status.exitCode());
        for (String service : new String[] { "content-service", "cost-service", "progress-service", "gateway" }) {
            assertTrue(status.output().lines().anyMatch(l -> l.startsWith(service) && l.contains("ready")), status.output());
        }
    }

    /**
     * Every instance runs with the JVM settings of the file docker-compose.yml and deploy/k8s read too (README "JVM
     * settings"): its options on the command line, its other lines in the environment, and its JIT thresholds on the
     * broker's command line as well. A setting changed in that file and not here, or the other way round, fails it.
     */
    @Test
    @Order(4)
    void everyServiceRunsWithTheJvmSettingsTheDeploymentsShare() throws Exception {
        Map<String, String> settings = new HashMap<>();
        for (String line : Files.readAllLines(platform.jvmSettings())) {
            if (!line.isBlank() && !line.startsWith("#")) {
                settings.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        List<String> options = new ArrayList<>();
        for (String variable : List.of("GC_CONTAINER_OPTIONS", "JDK_JAVA_OPTIONS")) {
            options.addAll(List.of(settings.remove(variable).split(" +")));
        }
        List<String> jitThresholds = options.stream().filter(option -> option.startsWith("-XX:Tier")).toList();
        assertFalse(jitThresholds.isEmpty(), "the settings name the JIT thresholds: " + options);
        assertFalse(settings.isEmpty(), "the settings name an environment variable (malloc's arenas)");
        for (String instance : serviceInstances()) {
            List<String> arguments = procEntries(instance, "cmdline");
            assertTrue(arguments.containsAll(options), instance + " runs with " + arguments + ", not all of " + options);
            List<String> environment = procEntries(instance, "environ");
            settings.forEach((variable, value) -> assertTrue(environment.contains(variable + "=" + value),
                    instance + " runs without " + variable + "=" + value));
        }
        List<String> broker = procEntries("kafka", "cmdline");
        assertTrue(broker.containsAll(jitThresholds), "the broker runs with " + broker);
    }

    /** A file of /proc/<pid> of a part the platform runs. */
    private static Path proc(String part, String file) throws IOException {
        return Path.of("/proc/" + platform.pid(part) + "/" + file);
    }

    /** The entries of a NUL-separated file of /proc/<pid> (cmdline, environ) of a part the platform runs. */
    private static List<String> procEntries(String part, String file) throws IOException {
        return List.of(Files.readString(proc(part, file)).split("\0"));
    }

    @Test
    @Order(5)
    void upWhileRunningChangesNothing() throws Exception {
        Platform.Result again = platform.run("up");
        assertEquals(0, again.exitCode());
        assertTrue(again.output().contains("already running"), again.output());
        given().when().get("/api/v1/modules").then().statusCode(200);
    }

    @Test
    @Order(6)
    void downStopsEverythingAndFreesEveryPort() throws Exception {
        List<String> services = serviceInstances();
        Map<String, Long> errorsBefore = new HashMap<>();
        for (String service : services) {
            errorsBefore.put(service, errorLines(service));
        }
        Platform.Result down = platform.run("down");
        assertEquals(0, down.exitCode(), down.output());
        for (String variable : Platform.PORT_VARIABLES) {
            assertFalse(Platform.listening(platform.port(variable)), variable + " still in use");
        }
        // A clean stop: no job or consumer of a stopping service runs into a store it has already closed.
        for (String service : services) {
            assertEquals(errorsBefore.get(service), errorLines(service), service + " logged errors while it stopped");
        }
    }

    /** Every service process ./platform runs, each replica by its own name. */
    private static List<String> serviceInstances() {
        List<String> services = new ArrayList<>(List.of("content-service", "gateway"));
        services.addAll(Platform.instances("cost-service"));
        services.addAll(Platform.instances("progress-service"));
        return services;
    }

    private static long errorLines(String service) throws IOException {
        try (var lines = Files.lines(platform.dataDir().resolve("logs").resolve(service + ".log"))) {
            return lines.filter(line -> line.contains(" ERROR ")).count();
        }
    }

    @Test
    @Order(7)
    void aPortInUseStopsUpBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(platform.port("PP_COST_PORT"), 1, InetAddress.getLoopbackAddress())) {
            Platform.Result up = platform.run("up");
            assertEquals(1, up.exitCode(), up.output());
            assertTrue(up.output().contains("port " + platform.port("PP_COST_PORT")), up.output());
            assertTrue(up.output().contains("PP_COST_PORT"), up.output());
            assertFalse(Platform.listening(platform.port("PP_KAFKA_PORT")), "nothing half-started");
        }
    }

    @Test
    @Order(8)
    void aPartThatNeverGetsReadyIsNamedWithItsLogAndNothingStaysUp() throws Exception {
        int nothingThere = Platform.freePort();
        // Long enough for the parts that can start to be ready first: with replicas, five services start at once.
        String readyTimeout = Platform.REPLICAS > 1 ? "180" : "60";
        Platform.Result up = platform.run(Map.of("PP_POSTGRES_HOST", "127.0.0.1", "PP_POSTGRES_PORT",
                String.valueOf(nothingThere), "PP_READY_TIMEOUT", readyTimeout), "up");
        assertEquals(1, up.exitCode(), up.output());
        assertTrue(up.output().contains(Platform.instances("cost-service").get(0) + " did not become ready"),
                up.output());
        assertTrue(up.output().contains("the end of"), up.output());
        for (String variable : Platform.PORT_VARIABLES) {
            assertFalse(Platform.listening(platform.port(variable)), variable + " left running");
        }
    }

    /** Left running: the crash below starts from it (its own up then finds everything running). */
    @Test
    @Order(10)
    void dataSurvivesDownAndUp() throws Exception {
        Platform.Result up = platform.run("up");
        assertEquals(0, up.exitCode(), up.output());
        given().auth().oauth2(savedBy).when().get("/api/v1/estimates/" + savedEstimate)
                .then().statusCode(200).body("result.totalLow", equalTo(27300.00f));
        given().auth().oauth2(savedBy).when().get("/api/v1/learners/me/modules/module-9/progress")
                .then().statusCode(200).body("itemsCompleted", equalTo(1));
        given().when().get("/api/v1/modules/module-9/versions").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    @Order(9)
    void javaTooOldGetsAClearMessage() throws Exception {
        Path fakeJdk = Files.createTempDirectory("old-java");
        Path java = fakeJdk.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Platform.Result up = platform.run(Map.of("PATH", fakeJdk + ":" + System.getenv("PATH")), "up");
        assertEquals(1, up.exitCode(), up.output());
        assertTrue(up.output().contains("Java 11.0.2 is too old"), up.output());
    }

    /**
     * The class archive each instance (and the broker) recorded when down stopped it (README "JVM settings") is what
     * its next start maps: the JVM keeps an archive mapped only once it has checked it against the class path.
     */
    @Test
    @Order(11)
    void aRestartedServiceMapsTheClassesItRecordedWhenItLastStopped() throws Exception {
        List<String> parts = new ArrayList<>(serviceInstances());
        parts.add("kafka");
        for (String part : parts) {
            String mapped = Files.readString(proc(part, "maps"));
            assertTrue(mapped.matches("(?s).*/run-cds-" + part + "\\.\\d+\\.jsa\n.*"),
                    part + " maps no class archive of its own");
        }
    }

    /**
     * A service rebuilt while an instance of it records its archive: that instance writes the recording when it stops,
     * after the rebuild. The next start must record again rather than map it, since the JVM refuses an archive of jars
     * that changed and would start without one, every time. A rebuild is simulated by a newer quarkus-run.jar.
     */
    @Test
    @Order(12)
    void aServiceRebuiltWhileItRecordsItsArchiveRecordsAgainAtItsNextStart() throws Exception {
        Path jar = platform.servicePackage("content-service").resolve("quarkus-run.jar");
        rebuilt(jar);
        restart("content-service");
        assertTrue(commandLine("content-service").contains("-XX:ArchiveClassesAtExit="),
                "a rebuilt service records its archive");
        rebuilt(jar);
        restart("content-service");
        String command = commandLine("content-service");
        assertTrue(command.contains("-XX:ArchiveClassesAtExit=") && !command.contains("-XX:SharedArchiveFile="),
                "a service rebuilt while it recorded maps that recording: " + command);
    }

    /** A newer quarkus-run.jar, as a build leaves it (./platform names recordings after the jar's time, in seconds). */
    private static void rebuilt(Path jar) throws IOException {
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 10_000));
    }

    /** Stops the instance as down does (so that it writes a recording), then starts it with up. */
    private static void restart(String instance) throws Exception {
        ProcessHandle running = ProcessHandle.of(platform.pid(instance)).orElseThrow();
        running.destroy();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !running.isAlive());
        Platform.Result up = platform.run("up");
        assertEquals(0, up.exitCode(), up.output());
    }

    private static String commandLine(String instance) throws IOException {
        return String.join(" ", procEntries(instance, "cmdline"));
    }

    /**
     * A crash of single parts: a launcher killed outright takes its server with it (PostgreSQL's port is freed), and
     * up brings back only what is down, the data intact.
     */
    @Test
    @Order(13)
    void upAfterACrashStartsOnlyWhatIsDownAndALauncherTakesItsServerWithIt() throws Exception {
        Platform.Result up = platform.run("up");
        assertEquals(0, up.exitCode(), up.output());
        ProcessHandle.of(platform.pid("postgres")).ifPresent(ProcessHandle::destroyForcibly);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> !Platform.listening(platform.port("PP_POSTGRES_PORT")));
        // A crash is over once the process is gone: up decides what is down by the processes it finds.
        String crashed = Platform.instances("progress-service").get(0);
        Optional<ProcessHandle> progressService = ProcessHandle.of(platform.pid(crashed));
        progressService.ifPresent(ProcessHandle::destroyForcibly);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> progressService.map(handle -> !handle.isAlive()).orElse(true));

        Platform.Result again = platform.run("up");
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("starting postgres"), again.output());
        assertTrue(again.output().contains("starting " + crashed + "\n"), again.output());
        List<String> running = new ArrayList<>(List.of("kafka", "mongo", "content-service", "gateway"));
        running.addAll(Platform.instances("cost-service"));
        running.addAll(Platform.instances("progress-service").subList(1, Platform.REPLICAS));
        for (String part : running) {
            assertFalse(again.output().contains("starting " + part + "\n"), again.output());
        }
        given().auth().oauth2(savedBy).when().get("/api/v1/learners/me/modules/module-9/progress")
                .then().statusCode(200).body("itemsCompleted", equalTo(1));
    }
}
