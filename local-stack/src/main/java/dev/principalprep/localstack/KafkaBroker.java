package dev.principalprep.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node KRaft Kafka broker inside the current JVM, for tests; it can be stopped and started again on the same
 * ports and log.
 */
public final class KafkaBroker {

    private static final int NODE_ID = 1;

    private final Path logDir;
    private final int brokerPort;
    private final int controllerPort;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDir, int brokerPort, int controllerPort) {
        this.logDir = logDir;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
    }

    /** Formats a fresh log directory and starts the broker on free ports. */
    public static KafkaBroker startFresh() throws Exception {
        Path logDir = Files.createTempDirectory("principal-prep-kafka");
        KafkaBroker broker = new KafkaBroker(logDir, FreePorts.find(), FreePorts.find());
        new Formatter()
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir.toString()))
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setHasDynamicQuorum(false)
                .run();
        broker.start();
        return broker;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties()), Time.SYSTEM);
        server.startup();
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public void stopAndDelete() throws IOException {
        stop();
        DataFolders.delete(logDir);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // Consumers in tests join at once instead of waiting for more members.
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "true");
        props.put("log.cleaner.dedupe.buffer.size", "2097152");
        return props;
    }
}
