package dev.principalprep.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server run from the machine's server binaries, with its data in a folder of the project's own.
 * PostgreSQL refuses to run as root, so as root every binary runs in a new user namespace ({@code unshare -U}), where
 * it is an unprivileged user that still owns its data folder.
 */
public final class PostgresServer {

    public static final String SUPERUSER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final Path binaries;
    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final boolean durable;
    private Process server;

    /** A durable server syncs every commit to disk; tests run without, since their data is thrown away. */
    public PostgresServer(Path binaries, Path dataDir, Path logFile, int port, boolean durable) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.port = port;
        this.durable = durable;
    }

    /** The folder of the server binaries: {@code PG_BIN} when set, else the newest Debian install, else pg_config's. */
    public static Path findBinaries() throws IOException, InterruptedException {
        String configured = System.getenv("PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return requireServer(Path.of(configured));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/postgres")))
                        .max(Comparator.comparingInt(v -> parseMajor(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        Process pgConfig = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
        String bindir = new String(pgConfig.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (pgConfig.waitFor() == 0) {
            return requireServer(Path.of(bindir));
        }
        throw new IllegalStateException(
                "No PostgreSQL server binaries found: install PostgreSQL or set PG_BIN to its bin folder");
    }

    private static Path requireServer(Path bin) {
        if (!Files.isExecutable(bin.resolve("postgres"))) {
            throw new IllegalStateException("No PostgreSQL server at " + bin + " (PG_BIN)");
        }
        return bin;
    }

    private static int parseMajor(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Initializes the data folder on first use, starts the server and waits until it accepts connections. */
    public synchronized void start(Duration timeout) throws IOException, InterruptedException {
        if (server != null && server.isAlive()) {
            return;
        }
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            initialize();
        }
        Files.createDirectories(logFile.getParent());
        server = new ProcessBuilder(command(binaries.resolve("postgres").toString(), "-D", dataDir.toString(),
                "-p", String.valueOf(port), "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=" + dataDir, "-c", "max_connections=200", "-c",
                "fsync=" + (durable ? "on" : "off")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        stopWhenThisProcessDies(server.pid());
        awaitConnections(timeout);
    }

    /**
     * A launcher killed outright (kill -9) runs no shutdown hook: a watcher of its own stops the server (fast
     * shutdown, as {@link #stop()}) once this JVM is gone, so the server never outlives its launcher.
     */
    private static void stopWhenThisProcessDies(long serverPid) throws IOException {
        new ProcessBuilder("sh", "-c", "while kill -0 " + ProcessHandle.current().pid() + " 2>/dev/null; do sleep 1; done; "
                + "kill -INT " + serverPid + " 2>/dev/null")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private void initialize() throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        run(command(binaries.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", SUPERUSER,
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
    }

    private void awaitConnections(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with " + server.exitValue() + "; see " + logFile);
            }
            if (acceptsConnections() && psql("SELECT 1").exitCode() == 0) {
                return;
            }
            Thread.sleep(100);
        }
        stop();
        throw new IllegalStateException("PostgreSQL not ready within " + timeout + "; see " + logFile);
    }

    private boolean acceptsConnections() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String name) throws IOException, InterruptedException {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        Result exists = psql("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
        if (!exists.output().contains("1")) {
            Result created = psql("CREATE DATABASE " + name);
            if (created.exitCode() != 0) {
                throw new IllegalStateException("CREATE DATABASE " + name + " failed: " + created.output());
            }
        }
    }

    /** Fast shutdown: open sessions are ended, committed data stays. */
    public synchronized void stop() throws InterruptedException {
        if (server == null || !server.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).start().waitFor();
        } catch (IOException e) {
            server.destroy();
        }
        if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    private Result psql(String sql) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(binaries.resolve("psql").toString(), "-h", "127.0.0.1", "-p",
                String.valueOf(port), "-U", SUPERUSER, "-d", "postgres", "-tAc", sql)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(Arrays.asList(args));
        return command;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private record Result(int exitCode, String output) {
    }

    /**
     * Runs the server in the foreground for the local stack: {@code PostgresServer <dataDir> <port> <database>...}.
     * It stops the server when this JVM is stopped.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PostgresServer <dataDir> <port> [database ...]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        PostgresServer postgres = new PostgresServer(findBinaries(), dataDir.resolve("pgdata"),
                dataDir.resolve("postgres.log"), Integer.parseInt(args[1]), true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        postgres.start(Duration.ofSeconds(60));
        for (String database : Arrays.copyOfRange(args, 2, args.length)) {
            postgres.createDatabase(database);
        }
        System.out.println("PostgreSQL ready on port " + postgres.port());
        postgres.server.waitFor();
    }
}
