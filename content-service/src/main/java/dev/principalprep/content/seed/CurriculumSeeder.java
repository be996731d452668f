package dev.principalprep.content.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.principalprep.content.modules.ContentCodec;
import dev.principalprep.content.modules.ContentRules;
import dev.principalprep.content.modules.ModuleContent;
import dev.principalprep.content.modules.ModuleRepository;
import dev.principalprep.content.publishing.PublicationRecords;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads Module 9 on first start as published version 1, its ModulePublished event in the outbox. A restart finds it
 * and changes nothing, so later edits and versions stay.
 */
@ApplicationScoped
public class CurriculumSeeder {

    private static final Logger LOG = Logger.getLogger(CurriculumSeeder.class);
    static final String SEED = "seed/module-9.json";
    static final String SEEDED_BY = "seed";

    private final ModuleRepository modules;
    private final ContentCodec codec;
    private final PublicationRecords records;
    private final ObjectMapper json;

    public CurriculumSeeder(ModuleRepository modules, ContentCodec codec, PublicationRecords records, ObjectMapper json) {
        this.modules = modules;
        this.codec = codec;
        this.records = records;
        this.json = json;
    }

    public void onStart(@Observes StartupEvent event) {
        ModuleContent module = load(json);
        // The version first: if the module write is lost, the next start completes it.
        modules.insertVersionIfAbsent(module.id(), 1, codec.toDocument(module), SEEDED_BY).await().indefinitely();
        boolean inserted = modules.insertModuleIfAbsent(records.newModule(module, SEEDED_BY, 1)).await().indefinitely();
        LOG.infof("%s seed %s", module.id(), inserted ? "loaded as version 1" : "already present");
    }

    static ModuleContent load(ObjectMapper json) {
        try (InputStream in = CurriculumSeeder.class.getClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " missing from the classpath");
            }
            ModuleContent module = json.readValue(in, ModuleContent.class);
            ContentRules.check(module);
            return module;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
