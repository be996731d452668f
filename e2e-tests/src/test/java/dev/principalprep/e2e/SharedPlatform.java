package dev.principalprep.e2e;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The one platform that the end-to-end tests of the default build share: {@code ./platform up --reset} when the first
 * test class asks for it ({@code @BeforeAll static void up(SharedPlatform.Started shared)}), {@code ./platform down}
 * once every class has run, when JUnit closes the root store of the run. A start takes most of a minute on a 2-core
 * machine and a stop half of that, which every class used to pay for itself. The classes that share it write as
 * learners of their own, so none depends on another's data. {@link PlatformIT}, whose tests stop and start the
 * platform, runs last ({@code junit-platform.properties} orders the classes by {@code @Order}).
 * <p>
 * The gateway's rate limit is raised: {@link HostileInputIT} sends thousands of requests as one learner, and no test
 * here is about the limiter (the gateway's own tests are).
 */
final class SharedPlatform implements ParameterResolver {

    private static final Map<String, String> ENVIRONMENT = Map.of("GATEWAY_RATE_LIMIT_REQUESTS", "1000000");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Started.class;
    }

    @Override
    public Started resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(SharedPlatform.class))
                .computeIfAbsent(Started.class, key -> Started.start(), Started.class);
    }

    /** The platform, and what its {@code up} printed; closing it stops the platform. */
    record Started(Platform platform, Platform.Result up) implements AutoCloseable {

        static Started start() {
            Platform platform = new Platform();
            Platform.Result up = run(platform, ENVIRONMENT, "up", "--reset");
            if (up.exitCode() != 0) {
                throw new IllegalStateException("./platform up --reset failed:\n" + up.output());
            }
            return new Started(platform, up);
        }

        @Override
        public void close() {
            run(platform, Map.of(), "down");
        }

        private static Platform.Result run(Platform platform, Map<String, String> environment, String... args) {
            try {
                return platform.run(environment, args);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
