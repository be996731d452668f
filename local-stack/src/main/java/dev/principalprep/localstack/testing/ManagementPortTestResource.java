package dev.principalprep.localstack.testing;

import java.util.Map;

import dev.principalprep.localstack.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A free port for the management interface under test, so test runs side by side never collide on it. */
public class ManagementPortTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.management.test-port", String.valueOf(FreePorts.find()));
    }

    @Override
    public void stop() {
        // Nothing runs here: the port is only chosen.
    }
}
