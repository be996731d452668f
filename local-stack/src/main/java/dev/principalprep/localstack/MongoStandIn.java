package dev.principalprep.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The MongoDB wire-compatible stand-in (mongo-java-server), since no mongod can be had here. It has no transactions
 * and no {@code $text}, so the services use neither.
 */
public final class MongoStandIn {

    private final MongoServer server;
    private final int port;

    private MongoStandIn(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        this.port = port;
    }

    /** Data in memory, for tests. */
    public static MongoStandIn inMemory() {
        return new MongoStandIn(new MemoryBackend(), FreePorts.find());
    }

    /** Data in an H2 file, so content survives restarts of the local stack. */
    public static MongoStandIn onFile(Path file, int port) throws java.io.IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new MongoStandIn(new H2Backend(file.toAbsolutePath().toString()), port);
    }

    public MongoStandIn start() {
        server.bind("127.0.0.1", port);
        return this;
    }

    public void stop() {
        server.shutdownNow();
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    /** Runs the stand-in in the foreground for the local stack: {@code MongoStandIn <h2File> <port>}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MongoStandIn <h2File> <port>");
            System.exit(2);
        }
        MongoStandIn mongo = onFile(Path.of(args[0]), Integer.parseInt(args[1])).start();
        Runtime.getRuntime().addShutdownHook(new Thread(mongo::stop));
        System.out.println("MongoDB stand-in ready on port " + args[1]);
        Thread.currentThread().join();
    }
}
