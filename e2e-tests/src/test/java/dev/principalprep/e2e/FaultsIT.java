package dev.principalprep.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The fault suite ({@code ./mvnw -B verify -pl e2e-tests -am -Pfaults}, {@code -Dplatform.replicas=2} for two
 * cost-service and two progress-service instances): learners write estimates through the gateway while the broker,
 * PostgreSQL and each progress-service instance in turn are killed ({@code kill -9}, then brought back by
 * {@code ./platform up}) or frozen ({@code kill -STOP} for 8 s), and PostgreSQL is killed while a consumer is frozen.
 * After each fault it prints how long the read model took to count everything written before the part was back. At
 * the end it reconciles by id what was acknowledged, what cost-service's store and outbox hold, what is on
 * {@code cost.estimates.v1}, what progress-service's inbox applied and what its read model counts: nothing lost,
 * nothing applied twice.
 */
class FaultsIT {

    private static final String TOPIC = "cost.estimates.v1";
    private static final Duration FREEZE = Duration.ofSeconds(8);
    private static final Duration SETTLE = Duration.ofSeconds(120);
    /**
     * The writers outpace the per-learner rate limit on purpose (the limiter is not under test here), and a service
     * restarted on a machine busy with other builds may need minutes to be ready.
     */
    private static final Map<String, String> ENVIRONMENT = Map.of("GATEWAY_RATE_LIMIT_REQUESTS", "1000000",
            "PP_READY_TIMEOUT", "300");
    private static final Platform platform = new Platform();
    private static final List<String> LEARNERS = IntStream.rangeClosed(1, 4)
            .mapToObj(i -> "fault-" + i + "-" + UUID.randomUUID())
            .toList();
    private static final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> tokens = new ConcurrentHashMap<>();
    private static Stores stores;

    @BeforeAll
    static void up() throws Exception {
        Platform.Result up = platform.run(ENVIRONMENT, "up", "--reset");
        assertEquals(0, up.exitCode(), up.output());
        RestAssured.port = platform.port("PP_GATEWAY_PORT");
        stores = new Stores(platform.port("PP_POSTGRES_PORT"));
        for (String learner : LEARNERS) {
            tokens.put(learner, given().contentType(ContentType.JSON)
                    .body("{\"subject\": \"" + learner + "\", \"roles\": [\"learner\"]}")
                    .when().post("/api/v1/dev/tokens").then().statusCode(200).extract().path("access_token"));
        }
    }

    @AfterAll
    static void down() throws Exception {
        platform.run("down");
    }

    @Test
    void noAcknowledgedEstimateIsLostOrAppliedTwiceWhateverFails() throws Exception {
        List<String> consumers = Platform.instances("progress-service");
        Map<String, Fault> faults = new LinkedHashMap<>();
        faults.put("kafka kill -9", () -> crash(platform.pid("kafka")));
        faults.put("kafka kill -STOP", () -> freeze(List.of(platform.pid("kafka"))));
        faults.put("postgres kill -9", () -> crash(postmaster()));
        faults.put("postgres kill -STOP", () -> freeze(postgresProcesses()));
        for (String consumer : consumers) {
            faults.put(consumer + " kill -STOP", () -> freeze(List.of(platform.pid(consumer))));
            faults.put(consumer + " kill -9", () -> crash(platform.pid(consumer)));
        }
        faults.put("postgres kill -9 while " + consumers.get(0) + " is stopped", () -> {
            long consumer = platform.pid(consumers.get(0));
            signal("-STOP", consumer);
            crash(postmaster());
            signal("-CONT", consumer);
        });

        List<String> report = new ArrayList<>();
        Instant began = Instant.now();
        for (Map.Entry<String, Fault> fault : faults.entrySet()) {
            report.add(fault.getKey() + ": " + underLoad(fault.getValue()));
            System.out.println("  " + report.get(report.size() - 1));
        }

        List<Stores.Estimate> stored = stores.estimates(LEARNERS);
        Set<String> storedIds = stored.stream().map(Stores.Estimate::id).collect(Collectors.toSet());
        Map<String, List<String>> outbox = stores.outboxEvents(storedIds);
        Map<String, Long> onTopic = eventsOnTopic();
        Map<String, Instant> counted = stores.counted(LEARNERS);
        List<String> eventIds = outbox.values().stream().flatMap(List::stream).toList();
        List<String> applied = stores.applied(eventIds);

        assertTrue(storedIds.containsAll(acknowledged),
                () -> "acknowledged but not stored: " + missing(acknowledged, storedIds));
        for (String estimate : storedIds) {
            assertEquals(1, outbox.getOrDefault(estimate, List.of()).size(), "outbox events of estimate " + estimate);
        }
        assertTrue(onTopic.keySet().containsAll(eventIds), () -> "never on the topic: " + missing(eventIds, onTopic.keySet()));
        assertTrue(applied.containsAll(eventIds), () -> "never applied: " + missing(eventIds, applied));
        assertEquals(storedIds, counted.keySet(), "estimates stored vs counted in progress-service's read model");
        for (String learner : LEARNERS) {
            long mine = stored.stream().filter(e -> e.owner().equals(learner)).count();
            assertEquals(mine, passes(learner), learner + ": estimates stored vs cost passes progress-service shows");
        }

        long copies = eventIds.stream().mapToLong(id -> onTopic.get(id) - 1).sum();
        System.out.printf("Fault suite, %d replica(s) of cost-service and progress-service: %d estimates acknowledged, "
                + "%d stored (%d written but unanswered when a part failed), %d events, each on %s and applied once: "
                + "0 lost, 0 applied twice (%d extra copies on the topic, dropped by the inbox); %d faults in %.0f s.%n",
                Platform.REPLICAS, acknowledged.size(), storedIds.size(), storedIds.size() - acknowledged.size(),
                eventIds.size(), TOPIC, copies, faults.size(), seconds(began, Instant.now()));
        report.forEach(line -> System.out.println("  " + line));
    }

    /**
     * Runs a fault while the learners write, then keeps writing 2 s after it is over; returns how long after the part
     * was back the read model held every estimate stored before that moment (and, for a consumer killed outright, when
     * it was back and when its events were counted again).
     */
    private static String underLoad(Fault fault) throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = LEARNERS.stream().map(learner -> new Thread(() -> write(learner, writing))).toList();
        writers.forEach(Thread::start);
        pause(Duration.ofSeconds(2));
        Instant struck = Instant.now();
        fault.strike();
        Instant recovered = Instant.now();
        pause(Duration.ofSeconds(2));
        writing.set(false);
        for (Thread writer : writers) {
            writer.join();
        }
        Map<String, Instant> counted = settle();
        List<Stores.Estimate> stored = stores.estimates(LEARNERS);
        Instant caughtUp = stored.stream().filter(e -> !e.createdAt().isAfter(recovered)).map(e -> counted.get(e.id()))
                .filter(Objects::nonNull).max(Instant::compareTo).filter(last -> last.isAfter(recovered)).orElse(recovered);
        Instant resumed = stored.stream().filter(e -> e.createdAt().isAfter(struck)).map(e -> counted.get(e.id()))
                .filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
        return String.format("back after %.1f s, caught up %.1f s after that; first estimate written during the fault "
                + "counted %s after the fault began", seconds(struck, recovered), seconds(recovered, caughtUp),
                resumed == null ? "never (none written)" : String.format("%.1f s", seconds(struck, resumed)));
    }

    private static void write(String learner, AtomicBoolean writing) {
        while (writing.get()) {
            try {
                var response = given().auth().oauth2(tokens.get(learner)).contentType(ContentType.JSON)
                        .body("{\"preset\": \"module-9-example\"}").when().post("/api/v1/estimates");
                if (response.statusCode() == 201) {
                    acknowledged.add(response.path("id"));
                }
                Thread.sleep(50);
            } catch (Exception e) {
                // not acknowledged: nothing was promised, and a client would retry
            }
        }
    }

    /** Waits until the read model counts every estimate stored (or the time is up: the reconciliation then fails). */
    private static Map<String, Instant> settle() throws Exception {
        Instant deadline = Instant.now().plus(SETTLE);
        while (true) {
            try {
                Map<String, Instant> counted = stores.counted(LEARNERS);
                if (counted.keySet().containsAll(
                        stores.estimates(LEARNERS).stream().map(Stores.Estimate::id).toList())
                        || Instant.now().isAfter(deadline)) {
                    return counted;
                }
            } catch (SQLException e) {
                // PostgreSQL is still coming back
            }
            pause(Duration.ofMillis(200));
        }
    }

    private static int passes(String learner) {
        return given().auth().oauth2(tokens.get(learner)).when().get("/api/v1/learners/me/modules/module-9/progress")
                .then().statusCode(200).extract().path("costPractice.passes");
    }

    /** Every record of the topic, counted by its CloudEvents id. */
    private static Map<String, Long> eventsOnTopic() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + platform.port("PP_KAFKA_PORT"),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> all = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
            Function<ConsumerRecord<String, String>, String> eventId = record -> {
                Header id = record.headers().lastHeader("ce_id");
                return id == null ? "" : new String(id.value(), StandardCharsets.UTF_8);
            };
            return all.stream().collect(Collectors.groupingBy(eventId, Collectors.counting()));
        }
    }

    /** kill -9, a pause, then ./platform up brings back what is down (and only that). */
    private static void crash(long pid) throws Exception {
        signal("-9", pid);
        pause(Duration.ofSeconds(3));
        Platform.Result up = platform.run(ENVIRONMENT, "up");
        assertEquals(0, up.exitCode(), up.output());
    }

    /** kill -STOP of every process given, for {@link #FREEZE}, then kill -CONT. */
    private static void freeze(List<Long> pids) throws Exception {
        for (long pid : pids) {
            signal("-STOP", pid);
        }
        pause(FREEZE);
        for (long pid : pids) {
            signal("-CONT", pid);
        }
    }

    /** The PostgreSQL server itself (the postmaster), not its launcher: a crash, not a shutdown. */
    private static long postmaster() throws IOException {
        return Long.parseLong(Files.readAllLines(platform.dataDir().resolve("postgres/pgdata/postmaster.pid")).get(0).strip());
    }

    /** The postmaster and every backend and worker it started: the whole server stands still. */
    private static List<Long> postgresProcesses() throws IOException {
        long postmaster = postmaster();
        List<Long> pids = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).ifPresent(server -> server.children().forEach(child -> pids.add(child.pid())));
        return pids;
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", signal, String.valueOf(pid)).inheritIO().start().waitFor();
    }

    private static <T> List<T> missing(Collection<T> expected, Collection<T> present) {
        return expected.stream().filter(id -> !present.contains(id)).limit(20).toList();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    @FunctionalInterface
    private interface Fault {
        void strike() throws Exception;
    }
}
