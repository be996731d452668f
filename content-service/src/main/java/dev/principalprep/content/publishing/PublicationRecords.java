package dev.principalprep.content.publishing;

import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import dev.principalprep.content.modules.ContentCodec;
import dev.principalprep.content.modules.ModuleContent;
import dev.principalprep.content.modules.ModuleRepository;
import dev.principalprep.delivery.mongo.MongoOutboxStore;
import dev.principalprep.events.ModulePublished;
import dev.principalprep.events.Topics;

/** The documents stored for a module: its record with draft and outbox, its published summary, its events. */
@ApplicationScoped
public class PublicationRecords {

    private final ContentCodec codec;

    public PublicationRecords(ContentCodec codec) {
        this.codec = codec;
    }

    /** A new module with its draft at revision 1; published (with its event in the outbox) when {@code version} is given. */
    public Document newModule(ModuleContent draft, String createdBy, Integer publishedVersion) {
        Date now = new Date();
        Document module = new Document("_id", draft.id()).append("draft", codec.toDocument(draft))
                .append("draftRevision", 1).append("createdBy", createdBy).append("createdAt", now)
                .append("updatedAt", now).append(ModuleRepository.OUTBOX_FIELD, publishedVersion == null ? List.of()
                        : List.of(event(draft, publishedVersion)));
        if (publishedVersion != null) {
            module.append("publishedVersion", publishedVersion).append("publishedSummary", summary(draft));
        }
        return module;
    }

    public Document summary(ModuleContent content) {
        return new Document("title", content.title()).append("estimatedHours",
                new Document("min", content.estimatedHours().min()).append("max", content.estimatedHours().max()));
    }

    /** The outbox entry announcing a published version; its subject names the version ({@code module-9@2}). */
    public Document event(ModuleContent content, int version) {
        return MongoOutboxStore.entry(Topics.CONTENT_MODULES, content.id(), ModulePublished.TYPE,
                content.id() + "@" + version, codec.toJson(Inventory.of(content, version)));
    }
}
