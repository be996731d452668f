package dev.principalprep.progress.skills;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A level from 0 (none) to 4 (could teach it) for each skill of the module's 2026 matrix. */
@Schema(name = "AssessmentRequest", example = """
        {"levels": {"llm-ops": 1, "vector-databases": 2, "data-contracts": 3, "finops": 2, "real-time-ml": 1,
                    "data-mesh": 3, "rust-for-data": 0, "web3-data": 0}}""")
public record AssessmentRequest(@NotEmpty @Size(max = 50) Map<String, @NotNull @Min(0) @Max(4) Integer> levels) {
}
