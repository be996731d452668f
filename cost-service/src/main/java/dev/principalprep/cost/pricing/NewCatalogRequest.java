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
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String name,
        @NotBlank @Size(max = 500) String description,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull NewRate> rates) {

    /** One rate; keys are the roles the calculator knows. */
    @Schema(name = "NewRate")
    public record NewRate(
            @NotBlank @Pattern(regexp = "storage\\.(hot|warm|cold|archive)|compute\\.batch|streaming\\.retained"
                    + "|serving\\.scanned|discount\\.(spot|commitment-1y|commitment-3y)", message = "must be one of storage.hot, storage.warm, storage.cold, storage.archive, compute.batch, "
                            + "streaming.retained, serving.scanned, discount.spot, discount.commitment-1y, "
                            + "discount.commitment-3y") String key,
            @NotBlank @Size(max = 100) String label,
            @NotNull PriceRate.Component component,
            @NotBlank @Size(max = 32) String unit,
            @Schema(description = "low end of the price, in USD per unit") @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal low,
            @Schema(description = "high end of the price, in USD per unit") @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal high,
            @NotNull PriceRate.Basis basis,
            @NotBlank @Size(max = 500) String source,
            @NotNull LocalDate effectiveDate,
            @Schema(description = "for compute.batch priced from an instance: low = hourly ÷ tbPerHourHigh, high = hourly ÷ tbPerHourLow") @Valid InstanceHours instanceHours) {
    }
}
