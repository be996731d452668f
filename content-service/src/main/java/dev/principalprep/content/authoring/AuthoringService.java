package dev.principalprep.content.authoring;

import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.bson.Document;

import dev.principalprep.content.modules.ContentCodec;
import dev.principalprep.content.modules.ContentRules;
import dev.principalprep.content.modules.ModuleContent;
import dev.principalprep.content.modules.ModuleRepository;
import dev.principalprep.content.publishing.Inventory;
import dev.principalprep.content.publishing.PublicationRecords;
import dev.principalprep.problems.InvalidInput;
import io.smallrye.mutiny.Uni;

/**
 * Drafts and publishing. Every change names the draft revision it was made on (If-Match); the write succeeds only if
 * the draft is still at that revision, so of two authors racing, the second gets 412 and nothing of theirs is written.
 */
@ApplicationScoped
public class AuthoringService {

    static final int PRECONDITION_FAILED = 412;

    private final ModuleRepository modules;
    private final ContentCodec codec;
    private final PublicationRecords records;

    public AuthoringService(ModuleRepository modules, ContentCodec codec, PublicationRecords records) {
        this.modules = modules;
        this.codec = codec;
        this.records = records;
    }

    public Uni<DraftView> create(ModuleContent content, String author) {
        ContentRules.check(content);
        return modules.insertModuleIfAbsent(records.newModule(content, author, null)).map(inserted -> {
            if (!inserted) {
                throw InvalidInput.conflict("id", "module " + content.id() + " exists");
            }
            return new DraftView(content.id(), 1, null, content);
        });
    }

    public Uni<DraftView> draft(String id) {
        return load(id).map(this::view);
    }

    /** Applies an edit to the draft at {@code revision}. */
    public Uni<DraftView> edit(String id, int revision, UnaryOperator<ModuleContent> edit) {
        return load(id).chain(module -> {
            requireRevision(module, revision);
            ModuleContent changed = edit.apply(draftOf(module));
            return modules.replaceDraft(id, revision, codec.toDocument(changed)).map(replaced -> {
                if (!replaced) {
                    throw stale(id);
                }
                return new DraftView(id, revision + 1, module.getInteger(ModuleRepository.PUBLISHED_VERSION), changed);
            });
        });
    }

    /** Publishes the draft at {@code revision} as the next version, recording its event in the same write. */
    public Uni<PublishedView> publish(String id, int revision, String author) {
        return load(id).chain(module -> {
            requireRevision(module, revision);
            ModuleContent content = draftOf(module);
            ContentRules.check(content);
            Integer previous = module.getInteger(ModuleRepository.PUBLISHED_VERSION);
            int version = previous == null ? 1 : previous + 1;
            Document stored = codec.toDocument(content);
            return modules.insertVersionIfAbsent(id, version, stored, author).chain(inserted -> {
                if (!inserted) {
                    throw stale(id);
                }
                return modules.markPublished(id, revision, previous, version, records.summary(content),
                        records.event(content, version))
                        .chain(marked -> marked ? Uni.createFrom().item(new PublishedView(id, version, revision,
                                Inventory.of(content, version).items().size(), content.estimatedMinutes()))
                                : modules.deleteVersion(id, version).map(ignored -> {
                                    throw stale(id);
                                }));
            });
        });
    }

    private Uni<Document> load(String id) {
        return modules.findModule(id).map(module -> {
            if (module == null) {
                throw new NotFoundException("No module " + id);
            }
            return module;
        });
    }

    private DraftView view(Document module) {
        return new DraftView(module.getString("_id"), module.getInteger(ModuleRepository.DRAFT_REVISION),
                module.getInteger(ModuleRepository.PUBLISHED_VERSION), draftOf(module));
    }

    private ModuleContent draftOf(Document module) {
        return codec.fromDocument(module.get(ModuleRepository.DRAFT, Document.class), ModuleContent.class);
    }

    private static void requireRevision(Document module, int revision) {
        if (module.getInteger(ModuleRepository.DRAFT_REVISION) != revision) {
            throw stale(module.getString("_id"));
        }
    }

    private static ClientErrorException stale(String id) {
        return new ClientErrorException("The draft of " + id + " changed since the revision you named; read it again",
                PRECONDITION_FAILED);
    }
}
