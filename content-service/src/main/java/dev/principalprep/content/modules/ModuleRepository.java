package dev.principalprep.content.modules;

import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import dev.principalprep.delivery.mongo.MongoOutboxStore;
import dev.principalprep.delivery.outbox.OutboxRelay;
import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;

/**
 * The {@code modules} collection (one document per module: its draft and revision, its published version, its
 * outbox of events, see {@link MongoOutboxStore}) and the immutable {@code module_versions}. Every change is a single-document
 * write, conditional
 * on what the caller read, since the stand-in (like a MongoDB without replica set) has no transactions.
 */
@ApplicationScoped
public class ModuleRepository {

    public static final String DRAFT = "draft";
    public static final String DRAFT_REVISION = "draftRevision";
    public static final String PUBLISHED_VERSION = "publishedVersion";
    static final String PUBLISHED_SUMMARY = "publishedSummary";
    public static final String OUTBOX_FIELD = "outbox";

    public static final String MODULES = "modules";

    private final ReactiveMongoCollection<Document> modules;
    private final ReactiveMongoCollection<Document> versions;
    private final OutboxRelay relay;

    public ModuleRepository(ReactiveMongoClient client, ContentConfig config, OutboxRelay relay) {
        this.modules = client.getDatabase(config.database()).getCollection(MODULES);
        this.versions = client.getDatabase(config.database()).getCollection("module_versions");
        this.relay = relay;
    }

    public Uni<Document> findModule(String id) {
        return modules.find(Filters.eq("_id", id)).collect().first();
    }

    public Uni<Document> findVersion(String id, int version) {
        return versions.find(Filters.eq("_id", versionKey(id, version))).collect().first();
    }

    public Uni<List<Document>> listVersions(String id) {
        return versions.find(new FindOptions().filter(Filters.eq("moduleId", id))
                .projection(Projections.exclude("content")).sort(Sorts.ascending("version"))).collect().asList();
    }

    public Uni<List<Document>> findPublished(int offset, int limit) {
        return modules.find(new FindOptions().filter(Filters.exists(PUBLISHED_VERSION))
                .projection(Projections.include(PUBLISHED_VERSION, PUBLISHED_SUMMARY))
                .sort(Sorts.ascending("_id")).skip(offset).limit(limit)).collect().asList();
    }

    public Uni<Long> countPublished() {
        return modules.countDocuments(Filters.exists(PUBLISHED_VERSION));
    }

    /** Inserts the module unless one with its id exists; true when inserted. */
    public Uni<Boolean> insertModuleIfAbsent(Document module) {
        Document fields = new Document(module);
        Object id = fields.remove("_id");
        return modules.updateOne(Filters.eq("_id", id), Updates.setOnInsert(fields), new UpdateOptions().upsert(true))
                .map(result -> result.getUpsertedId() != null).invoke(this::eventsCommitted);
    }

    /** Stores a published version; a version already stored (a retried publish or a restart) is left as it is. */
    public Uni<Boolean> insertVersionIfAbsent(String id, int version, Document content, String publishedBy) {
        Document stored = new Document("_id", versionKey(id, version)).append("moduleId", id).append("version", version)
                .append("content", content).append("publishedAt", new Date()).append("publishedBy", publishedBy);
        return versions.insertOne(stored).map(ignored -> true).onFailure(ModuleRepository::duplicateKey)
                .recoverWithItem(false);
    }

    public Uni<Void> deleteVersion(String id, int version) {
        return versions.deleteOne(Filters.eq("_id", versionKey(id, version))).replaceWithVoid();
    }

    /** Replaces the draft if it is still at the revision the caller read; false when someone changed it first. */
    public Uni<Boolean> replaceDraft(String id, int expectedRevision, Document draft) {
        return modules.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(DRAFT_REVISION, expectedRevision)),
                Updates.combine(Updates.set(DRAFT, draft), Updates.set(DRAFT_REVISION, expectedRevision + 1),
                        Updates.set("updatedAt", new Date())))
                .map(result -> result.getModifiedCount() == 1);
    }

    /**
     * Marks a version published and records its event in the same single-document write, conditional on the draft
     * revision and the published version the caller read.
     */
    public Uni<Boolean> markPublished(String id, int expectedRevision, Integer expectedPublished, int version,
            Document summary, Document event) {
        return modules.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq(DRAFT_REVISION, expectedRevision),
                Filters.eq(PUBLISHED_VERSION, expectedPublished)),
                Updates.combine(Updates.set(PUBLISHED_VERSION, version), Updates.set(PUBLISHED_SUMMARY, summary),
                        Updates.push(OUTBOX_FIELD, event), Updates.set("updatedAt", new Date())))
                .map(result -> result.getModifiedCount() == 1).invoke(this::eventsCommitted);
    }

    /** Publish at commit: the write that carried an outbox entry is the commit, so the relay sends it now. */
    private void eventsCommitted(boolean written) {
        if (written) {
            relay.wake();
        }
    }

    static String versionKey(String id, int version) {
        return id + "@" + version;
    }

    private static boolean duplicateKey(Throwable failure) {
        return failure instanceof MongoWriteException write && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
