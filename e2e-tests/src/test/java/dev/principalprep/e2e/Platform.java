package dev.principalprep.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Runs {@code ./platform} on ports of its own and a data folder under target/, as a user would from a shell. With
 * {@code -Dplatform.replicas=2}, {@code up} runs two cost-service and two progress-service instances (the script's
 * {@code --replicas}), so every end-to-end test can run against replicas.
 */
final class Platform {

    /** How many cost-service and progress-service instances {@code up} starts. */
    static final int REPLICAS = Integer.getInteger("platform.replicas", 1);

    /** Well above the ports of common servers, which may run on this machine. */
    private static final int LOWEST_PORT = 10_000;

    /** The lowest port the kernel hands out as the local port of outgoing connections. */
    private static final int EPHEMERAL_LOW = ephemeralLow();

    /** Every port {@link #freePort()} handed out, with its replica ports. */
    private static final Set<Integer> CHOSEN = new HashSet<>();

    static final String[] PORT_VARIABLES = { "PP_GATEWAY_PORT", "PP_CONTENT_PORT", "PP_COST_PORT", "PP_PROGRESS_PORT",
            "PP_KAFKA_PORT", "PP_KAFKA_CONTROLLER_PORT", "PP_POSTGRES_PORT", "PP_MONGO_PORT", "PP_GATEWAY_MANAGEMENT_PORT",
            "PP_CONTENT_MANAGEMENT_PORT", "PP_COST_MANAGEMENT_PORT", "PP_PROGRESS_MANAGEMENT_PORT" };

    private final Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath();
    private final Map<String, String> env = new LinkedHashMap<>();

    Platform() {
        env.put("PP_DATA_DIR", System.getProperty("platform.data", "target/platform-data"));
        for (String variable : PORT_VARIABLES) {
            env.put(variable, String.valueOf(freePort()));
        }
    }

    /**
     * The names ./platform gives a service's instances: the service's own name, or with replicas one name per replica
     * ({@code progress-service-1}, {@code progress-service-2}).
     */
    static List<String> instances(String service) {
        return REPLICAS > 1 ? IntStream.rangeClosed(1, REPLICAS).mapToObj(i -> service + "-" + i).toList()
                : List.of(service);
    }

    /** The pid ./platform recorded for a part. */
    long pid(String part) throws IOException {
        return Long.parseLong(
                Files.readString(root.resolve(env.get("PP_DATA_DIR")).resolve("run").resolve(part + ".pid")).strip());
    }

    int port(String variable) {
        return Integer.parseInt(env.get(variable));
    }

    Path dataDir() {
        return root.resolve(env.get("PP_DATA_DIR"));
    }

    /** The services' JVM settings, the one file ./platform, docker-compose.yml and deploy/k8s read. */
    Path jvmSettings() {
        return root.resolve("deploy").resolve("k8s").resolve("service-jvm.env");
    }

    /** The folder ./platform starts a service from: its build's quarkus-app. */
    Path servicePackage(String service) {
        return root.resolve(service).resolve("target").resolve("quarkus-app");
    }

    Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    Result run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("platform").toString()));
        command.addAll(List.of(args));
        if (REPLICAS > 1 && args.length > 0 && args[0].equals("up") && !command.contains("--replicas")) {
            command.addAll(List.of("--replicas", String.valueOf(REPLICAS)));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> all = new HashMap<>(env);
        all.putAll(extraEnv);
        builder.environment().putAll(all);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " hung:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A free port whose replica ports (the port + 100 for each replica, as ./platform places them) are free too and
     * collide with no port handed out before in this JVM (a platform's parts do not listen until {@code up}). The ports
     * come from below the kernel's ephemeral range: a port in that range (what {@code new ServerSocket(0)} hands out) can
     * be taken for a moment as the local port of any outgoing connection, ./platform's own check for a listener
     * included, between the choice here and the start of the part, which then refuses to start ("port ... already in
     * use") and fails the suite at random.
     */
    static synchronized int freePort() {
        int ceiling = EPHEMERAL_LOW - 100 * REPLICAS;
        while (true) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST_PORT, ceiling);
            List<Integer> ports = IntStream.rangeClosed(0, REPLICAS).mapToObj(i -> port + 100 * i).toList();
            if (ports.stream().noneMatch(CHOSEN::contains) && ports.stream().allMatch(Platform::free)) {
                CHOSEN.addAll(ports);
                return port;
            }
        }
    }

    private static int ephemeralLow() {
        try {
            // readAllLines: Files.readString trusts the size procfs reports and returns only the first byte.
            return Integer.parseInt(
                    Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).strip().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768; // Linux's default lower bound
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    record Result(int exitCode, String output) {
    }
}
