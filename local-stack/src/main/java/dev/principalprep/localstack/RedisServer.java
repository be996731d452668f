package dev.principalprep.localstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A real Redis server (Debian's {@code redis-server}) on a loopback port, in memory only (no snapshots, no append
 * log). Installed with apt when missing and running as root, as the build has no other way to get it.
 */
public final class RedisServer implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/redis-server");

    private final int port;
    private final Process process;

    private RedisServer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static RedisServer start(Path logFile) throws IOException, InterruptedException {
        ensureInstalled();
        int port = FreePorts.find();
        Files.createDirectories(logFile.getParent());
        Process process = new ProcessBuilder(BINARY.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--protected-mode", "yes")
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        RedisServer server = new RedisServer(port, process);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!server.answersPing()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IOException("redis-server did not start; see " + logFile);
            }
            Thread.sleep(100);
        }
        return server;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private boolean answersPing() {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[7];
            int read = in.readNBytes(answer, 0, answer.length);
            return new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    private static void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IOException(
                    "redis-server is missing: install Debian's redis-server package (apt-get install redis-server)");
        }
        run("apt-get", "update", "-qq");
        run("apt-get", "install", "-y", "-qq", "--no-install-recommends", "redis-server");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(new File(System.getProperty("java.io.tmpdir"), "redis-install.log")));
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(
                    String.join(" ", command) + " failed; see the install log in " + System.getProperty("java.io.tmpdir"));
        }
    }
}
