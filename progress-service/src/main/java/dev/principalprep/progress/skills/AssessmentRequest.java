package dev.principalprep.progress.skills;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A level from 0 (None) to 4 (Expert) for each skill of the module's 2026 matrix and each skill to acquire the matrix
 * does not hold.
 */
@Schema(name = "AssessmentRequest", example = """
        {"levels": {"llm-ops": 1, "vector-databases": 2, "data-contracts": 3, "finops": 2, "real-time-ml": 1,
                    "data-mesh": 3, "rust-for-data": 0, "web3-data": 0, "acquire-advanced-streaming": 1,
                    "acquire-performance-tuning": 2, "acquire-cross-cloud": 0, "acquire-edge-computing": 0,
                    "acquire-quantum": 1}}""")
public record AssessmentRequest(
        @Schema(description = "the self-assessed level of each skill, 0 (none) to 4 (expert), keyed by skill id: every skill of the module's matrix and every skill to acquire it lacks", required = true, minProperties = 1, maxProperties = 50) @NotEmpty @Size(max = 50) Map<String, @NotNull @Min(0) @Max(4) Integer> levels) {
}
