package dev.principalprep.progress.tracking;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One item's state with the module totals a client redraws after ticking it; its version is the ETag. */
@Schema(name = "ItemState", description = "The learner's state of one item and the module's totals after it; the ETag header carries the item state's version, to send back in If-Match")
public record ItemState(@Schema(description = "the module id") String moduleId,
        @Schema(description = "the item read or written, with the learner's state of it") ModuleProgress.ItemView item,
        @Schema(description = "items of the module completed, next steps not counted") int itemsCompleted,
        @Schema(description = "items in the module, next steps not counted") int itemsTotal,
        @Schema(description = "share of the module's estimated minutes completed (by item count where the module has no estimates), in percent from 0 to 100, one decimal; next steps not counted") BigDecimal percentComplete,
        @Schema(description = "what to study next; absent when every item is done", nullable = true) ModuleProgress.ItemView nextItem,
        @JsonIgnore @Schema(hidden = true) long version) {

    /** The item's state in the module's progress, at the given version of the learner's record of it. */
    static ItemState of(ModuleProgress module, String itemId, long version) {
        ModuleProgress.ItemView item = module.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow();
        return new ItemState(module.moduleId(), item, module.itemsCompleted(), module.itemsTotal(),
                module.percentComplete(), module.nextItem(), version);
    }

    String etag() {
        return ItemVersion.etag(version);
    }
}
