package dev.principalprep.cost.estimate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A workload to price: a preset as is, a preset with some parts replaced, or a workload of one's own. A part given
 * in {@code workload} (storage, processing, streaming, serving, traffic) replaces the preset's part whole.
 */
@Schema(name = "EstimateRequest")
public record EstimateRequest(
        @Schema(description = "a name for the saved estimate (up to 120 characters); omitted, the preset's title, else Estimate", example = "Clickstream platform, first pass") @Size(max = 120) String name,
        @Schema(description = "a preset id from GET /api/v1/estimates/presets", example = "module-9-example") @Pattern(regexp = "[a-z0-9-]{1,64}") String preset,
        @Schema(description = "the price catalog to price with; omitted, the preset's catalog, else module-9, at its latest version") @Valid CatalogRef catalog,
        @Schema(description = "the workload to price; with a preset, each part given replaces the preset's part whole") @Valid Workload workload) {

    /** Which catalog prices the workload: by name, and a version or the latest. */
    @Schema(name = "CatalogRef")
    public record CatalogRef(
            @Schema(description = "the price catalog's name, as GET /api/v1/catalogs lists them (module-9: the module's rules of thumb; aws-list-2026: AWS list prices)", example = "module-9") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String name,
            @Schema(description = "the catalog version, from 1; omit for the latest version", example = "1") @Min(1) @Max(100000) Integer version) {
    }
}
