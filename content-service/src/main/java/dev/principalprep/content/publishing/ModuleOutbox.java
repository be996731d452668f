package dev.principalprep.content.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.principalprep.content.modules.ContentConfig;
import dev.principalprep.content.modules.ModuleRepository;
import dev.principalprep.delivery.mongo.MongoOutboxStore;
import dev.principalprep.delivery.outbox.OutboxStore;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;

/** content-service's outbox: the events recorded in each module document, relayed to {@code content.modules.v1}. */
public class ModuleOutbox {

    @Produces
    @ApplicationScoped
    OutboxStore moduleOutbox(ReactiveMongoClient client, ContentConfig config) {
        return new MongoOutboxStore(client.getDatabase(config.database()).getCollection(ModuleRepository.MODULES),
                ModuleRepository.OUTBOX_FIELD);
    }
}
