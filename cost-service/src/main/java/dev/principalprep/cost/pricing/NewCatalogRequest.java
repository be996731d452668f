package dev.principalprep.cost.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of a catalog: the next version number is assigned, the older versions stay as they were. */
@Schema(name = "NewCatalog", example = """
        {"name": "module-9", "description": "Module 9 rules of thumb, storage at the 2027 rate",
         "rates": [{"key": "storage.hot", "label": "Storage (S3)", "component": "STORAGE", "unit": "TB-month",
                    "low": 21.5, "high": 21.5, "basis": "RULE_OF_THUMB", "source": "Module 9, revised",
                    "effectiveDate": "2027-01-01"}]}""")
public record NewCatalogRequest(
        @Schema(description = "the catalog's name, a slug: a name in use gets its next version, a new name version 1") @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String name,
        @Schema(description = "what the catalog version prices and where its rates come from (up to 500 characters)") @NotBlank @Size(max = 500) String description,
        @Schema(description = "the version's rates, one per key (1 to 50)") @NotEmpty @Size(max = 50) List<@Valid @NotNull NewRate> rates) {

    /** One rate; keys are the roles the calculator knows. */
    @Schema(name = "NewRate")
    public record NewRate(
            @Schema(description = RateFields.KEY) @NotBlank @Pattern(regexp = "storage\\.(hot|warm|cold|archive)|compute\\.batch|streaming\\.retained"
                    + "|serving\\.scanned|discount\\.(spot|commitment-1y|commitment-3y)", message = "must be one of storage.hot, storage.warm, storage.cold, storage.archive, compute.batch, "
                            + "streaming.retained, serving.scanned, discount.spot, discount.commitment-1y, "
                            + "discount.commitment-3y") String key,
            @Schema(description = RateFields.LABEL) @NotBlank @Size(max = 100) String label,
            @Schema(description = RateFields.COMPONENT) @NotNull PriceRate.Component component,
            @Schema(description = RateFields.UNIT) @NotBlank @Size(max = 32) String unit,
            @Schema(description = RateFields.LOW) @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal low,
            @Schema(description = RateFields.HIGH) @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal high,
            @Schema(description = RateFields.BASIS) @NotNull PriceRate.Basis basis,
            @Schema(description = RateFields.SOURCE) @NotBlank @Size(max = 500) String source,
            @Schema(description = RateFields.EFFECTIVE_DATE, example = "2026-03-01") @NotNull LocalDate effectiveDate,
            @Schema(description = RateFields.INSTANCE_HOURS) @Valid InstanceHours instanceHours) {
    }
}
