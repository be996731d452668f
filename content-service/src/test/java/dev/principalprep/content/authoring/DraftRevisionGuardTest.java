package dev.principalprep.content.authoring;

import static dev.principalprep.content.support.Drafts.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import dev.principalprep.content.modules.ModuleRepository;
import dev.principalprep.content.support.ContentServiceTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Proves the optimistic concurrency behind {@code If-Match} on drafts: the write itself is conditional on the draft
 * revision the author read ({@link ModuleRepository#replaceDraft}'s filter). Two writes made on the same revision are
 * sent straight to the repository, past the service's own revision check, as two authors racing would get past it:
 * only the first lands. Without the revision filter in the update, the second would overwrite the first and this
 * test fails.
 */
@ContentServiceTest
class DraftRevisionGuardTest {

    @Inject
    ModuleRepository modules;

    @Test
    void ofTwoWritesOnTheSameRevisionOnlyTheFirstLands() throws Throwable {
        create("revision-race");
        Document first = new Document("title", "First author's draft");
        Document second = new Document("title", "Second author's draft");

        boolean firstLanded = VertxContextSupport.subscribeAndAwait(() -> modules.replaceDraft("revision-race", 1, first));
        boolean secondLanded = VertxContextSupport.subscribeAndAwait(() -> modules.replaceDraft("revision-race", 1, second));

        assertTrue(firstLanded);
        assertFalse(secondLanded);
        Document stored = VertxContextSupport.subscribeAndAwait(() -> modules.findModule("revision-race"));
        assertEquals("First author's draft",
                stored.get(ModuleRepository.DRAFT, Document.class).getString("title"));
        assertEquals(2, stored.getInteger(ModuleRepository.DRAFT_REVISION));
    }
}
