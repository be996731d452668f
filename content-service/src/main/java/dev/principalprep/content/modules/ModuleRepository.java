package dev.principalprep.content.modules;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.quarkus.mongodb.FindOptions;
import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.smallrye.mutiny.Uni;

/** The {@code modules} collection. */
@ApplicationScoped
public class ModuleRepository {

    private final ReactiveMongoCollection<Document> modules;

    public ModuleRepository(ReactiveMongoClient client, ContentConfig config) {
        this.modules = client.getDatabase(config.database()).getCollection("modules");
    }

    public Uni<List<Document>> findPublished(int offset, int limit) {
        return modules.find(new FindOptions().filter(Filters.eq("published", true)).sort(Sorts.ascending("_id"))
                .skip(offset).limit(limit)).collect().asList();
    }

    public Uni<Long> countPublished() {
        return modules.countDocuments(Filters.eq("published", true));
    }

    /** Inserts the module unless one with its id exists, so a restart never overwrites later edits. */
    public Uni<Boolean> insertIfAbsent(Document module) {
        Document fields = new Document(module);
        Object id = fields.remove("_id");
        return modules.updateOne(Filters.eq("_id", id), Updates.setOnInsert(fields), new UpdateOptions().upsert(true))
                .map(result -> result.getUpsertedId() != null);
    }
}
