package dev.principalprep.content.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;
import org.jboss.logging.Logger;

import dev.principalprep.content.modules.ModuleRepository;
import io.quarkus.runtime.StartupEvent;

/** Loads Module 9 on first start; a restart finds it present and changes nothing. */
@ApplicationScoped
public class CurriculumSeeder {

    private static final Logger LOG = Logger.getLogger(CurriculumSeeder.class);
    static final String SEED = "seed/module-9.json";

    private final ModuleRepository modules;

    public CurriculumSeeder(ModuleRepository modules) {
        this.modules = modules;
    }

    void onStart(@Observes StartupEvent event) {
        boolean inserted = modules.insertIfAbsent(load()).await().indefinitely();
        LOG.infof("Module 9 seed %s", inserted ? "loaded" : "already present");
    }

    static Document load() {
        try (InputStream in = CurriculumSeeder.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " missing from the classpath");
            }
            return Document.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
