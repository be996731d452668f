package dev.principalprep.cost.pricing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a per-TB compute rate follows from an instance's hourly price and the TB it processes in an hour. */
@Schema(name = "InstanceHours")
public record InstanceHours(
        @Schema(description = "the instance type the rate is derived from, such as m5.xlarge", example = "m5.xlarge") @NotBlank @Size(max = 32) String instanceType,
        @Schema(description = "the instance's price, in USD per instance-hour", example = "0.24") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") BigDecimal hourly,
        @Schema(description = "TB processed per instance-hour, slow end", example = "0.125") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") BigDecimal tbPerHourLow,
        @Schema(description = "TB processed per instance-hour, fast end", example = "0.5") @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") BigDecimal tbPerHourHigh) {
}
