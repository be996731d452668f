package dev.principalprep.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./platform} on ports of its own and a data folder under target/, as a user would from a shell. */
final class Platform {

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

    Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    Result run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = root.resolve("platform").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        Map<String, String> all = new HashMap<>(env);
        all.putAll(extraEnv);
        builder.environment().putAll(all);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("./platform " + String.join(" ", args) + " hung:\n" + output);
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

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Result(int exitCode, String output) {
    }
}
