package dev.principalprep.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The fault suite ({@code ./mvnw -Pfaults verify -pl e2e-tests}): learners write estimates through the gateway while
 * the broker, PostgreSQL and a progress-service replica fail in turn (kill -9, kill -STOP, and PostgreSQL killed while
 * the consumer is stopped). After each fault it measures how long progress-service's read model takes to count every
 * acknowledged estimate; at the end it reconciles by id what was acknowledged, what cost-service holds, what is on
 * {@code cost.estimates.v1} and what each learner's progress shows: nothing lost, nothing counted twice.
 */
class FaultsIT {

    private static final int REPLICAS = Integer.getInteger("faults.replicas", 2);
    private static final String CONSUMER = REPLICAS > 1 ? "progress-service-1" : "progress-service";
    private static final Platform platform = new Platform();
    private static final List<String> LEARNERS = List.of("fault-a-" + UUID.randomUUID(), "fault-b-" + UUID.randomUUID(),
            "fault-c-" + UUID.randomUUID(), "fault-d-" + UUID.randomUUID());
    private static final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    private static final Map<String, String> tokens = new ConcurrentHashMap<>();

    @BeforeAll
    static void up() throws Exception {
        Platform.Result up = platform.run("up", "--reset", "--replicas", String.valueOf(REPLICAS));
        assertEquals(0, up.exitCode(), up.output());
        RestAssured.port = platform.port("PP_GATEWAY_PORT");
        for (String learner : LEARNERS) {
            acknowledged.put(learner, new CopyOnWriteArrayList<>());
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
    void noAcknowledgedEstimateIsLostOrCountedTwiceWhateverFails() throws Exception {
        Map<String, Duration> catchUp = new java.util.LinkedHashMap<>();
        catchUp.put("kafka kill -9", underLoad(() -> {
            kill("-9", "kafka");
            pause(3);
            bringBackWhatIsDown();
        }));
        catchUp.put("kafka kill -STOP for 8 s", underLoad(() -> {
            kill("-STOP", "kafka");
            pause(8);
            kill("-CONT", "kafka");
        }));
        catchUp.put("postgres kill -9", underLoad(() -> {
            kill("-9", "postgres");
            pause(3);
            bringBackWhatIsDown();
        }));
        catchUp.put("postgres kill -9 while " + CONSUMER + " is stopped", underLoad(() -> {
            kill("-STOP", CONSUMER);
            kill("-9", "postgres");
            pause(3);
            bringBackWhatIsDown();
            kill("-CONT", CONSUMER);
        }));
        catchUp.put(CONSUMER + " kill -9", underLoad(() -> {
            kill("-9", CONSUMER);
            pause(2);
            bringBackWhatIsDown();
        }));

        Map<String, Long> onTopic = estimatesOnTopic();
        int total = 0;
        for (String learner : LEARNERS) {
            List<String> mine = acknowledged.get(learner);
            total += mine.size();
            for (String id : mine) {
                given().auth().oauth2(tokens.get(learner)).when().get("/api/v1/estimates/" + id).then().statusCode(200);
                assertEquals(true, onTopic.containsKey(id), "estimate " + id + " never reached the topic");
            }
            assertEquals(mine.size(), passes(learner), learner + ": acknowledged vs counted by progress-service");
        }
        long copies = onTopic.values().stream().mapToLong(n -> n - 1).sum();
        System.out.printf("fault suite, %d replicas: %d estimates acknowledged, 0 lost, 0 counted twice, %d extra copies "
                + "on the topic (dropped by the inbox)%n", REPLICAS, total, copies);
        catchUp.forEach((fault, took) -> System.out.printf("  catch-up after %s: %.1f s%n", fault, took.toMillis() / 1000.0));
    }

    /** Runs the fault while four learners write; returns how long the read model took to count all after recovery. */
    private static Duration underLoad(ThrowingRunnable fault) throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        List<Thread> writers = new ArrayList<>();
        for (String learner : LEARNERS) {
            Thread writer = new Thread(() -> {
                while (writing.get()) {
                    try {
                        var response = given().auth().oauth2(tokens.get(learner)).contentType(ContentType.JSON)
                                .body("{\"preset\": \"module-9-example\"}").when().post("/api/v1/estimates");
                        if (response.statusCode() == 201) {
                            acknowledged.get(learner).add(response.path("id"));
                        }
                        Thread.sleep(50);
                    } catch (Exception e) {
                        // not acknowledged: the client would retry, nothing was promised
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        pause(2);
        fault.run();
        pause(2);
        writing.set(false);
        for (Thread writer : writers) {
            writer.join();
        }
        Instant recovered = Instant.now();
        Instant deadline = recovered.plus(Duration.ofSeconds(120));
        while (LEARNERS.stream().anyMatch(l -> passes(l) < acknowledged.get(l).size())) {
            if (Instant.now().isAfter(deadline)) {
                break;
            }
            Thread.sleep(200);
        }
        return Duration.between(recovered, Instant.now());
    }

    private static int passes(String learner) {
        try {
            return given().auth().oauth2(tokens.get(learner)).when().get("/api/v1/learners/me/modules/module-9/progress")
                    .then().extract().path("costPractice.passes");
        } catch (Exception e) {
            return -1;
        }
    }

    /** Every record of cost.estimates.v1, counted by estimate id (the record key). */
    private static Map<String, Long> estimatesOnTopic() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + platform.port("PP_KAFKA_PORT"),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor("cost.estimates.v1").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> all = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(all::add);
            }
            return all.stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
        }
    }

    private static void kill(String signal, String part) throws IOException, InterruptedException {
        new ProcessBuilder("kill", signal, String.valueOf(platform.pid(part))).inheritIO().start().waitFor();
    }

    private static void bringBackWhatIsDown() throws IOException, InterruptedException {
        Platform.Result up = platform.run("up");
        assertEquals(0, up.exitCode(), up.output());
    }

    private static void pause(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
