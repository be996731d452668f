package dev.principalprep.progress.curriculum;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.principalprep.delivery.postgres.Inbox;
import dev.principalprep.events.ModulePublished;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Keeps the curriculum read model at the latest published version of each module. */
@ApplicationScoped
public class CurriculumService {

    private static final Logger LOG = Logger.getLogger(CurriculumService.class);

    private final CurriculumRepository repository;
    private final Inbox inbox;

    public CurriculumService(CurriculumRepository repository, Inbox inbox) {
        this.repository = repository;
        this.inbox = inbox;
    }

    @WithSession
    public Uni<List<CurriculumModule>> modules() {
        return repository.listWithItems();
    }

    /** Applies a publication once per event id; an older version than the one held changes nothing. */
    @WithTransaction
    public Uni<Void> apply(String eventId, String topic, ModulePublished event) {
        return inbox.firstTime(eventId, topic).chain(first -> {
            if (!first) {
                LOG.debugf("event %s already applied", eventId);
                return Uni.createFrom().voidItem();
            }
            return repository.findWithItems(event.moduleId()).chain(held -> {
                if (held != null && held.version >= event.version()) {
                    return Uni.createFrom().voidItem();
                }
                CurriculumModule module = held != null ? held : new CurriculumModule();
                module.moduleId = event.moduleId();
                fill(module, event);
                return repository.persist(module).replaceWithVoid();
            });
        });
    }

    /** Updates items in place by id: deleting and re-inserting would collide on (module, item) at flush. */
    static void fill(CurriculumModule module, ModulePublished event) {
        module.version = event.version();
        module.title = event.title();
        module.estimatedHoursMin = event.estimatedHoursMin();
        module.estimatedHoursMax = event.estimatedHoursMax();
        module.updatedAt = OffsetDateTime.now();
        Map<String, CurriculumItem> held = new HashMap<>();
        module.items.forEach(item -> held.put(item.itemId, item));
        List<CurriculumItem> items = new ArrayList<>();
        int position = 0;
        for (ModulePublished.Item published : event.items()) {
            CurriculumItem item = held.getOrDefault(published.id(), new CurriculumItem());
            item.module = module;
            item.itemId = published.id();
            item.kind = published.kind();
            item.title = published.title();
            item.estimatedMinutes = published.estimatedMinutes();
            item.position = position++;
            item.attributes = ItemAttributes.write(published.attributes());
            items.add(item);
        }
        module.items.retainAll(items);
        items.stream().filter(item -> !module.items.contains(item)).forEach(module.items::add);
    }
}
