package dev.principalprep.progress.skills;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The study hours a learner expects to need to reach each level 1 to 4 from the level below. */
@Schema(name = "SkillHoursRequest", example = """
        {"hoursPerLevel": {"1": 2, "2": 8, "3": 20, "4": 40}}""")
public record HoursRequest(
        @Schema(description = "study hours to reach each level from the one below, keyed \"1\" to \"4\": every level, each 1 to 500 hours", required = true, minProperties = 1, maxProperties = 4) @NotEmpty @Size(max = 4) Map<String, @NotNull @Min(1) @Max(SkillLevels.MAX_HOURS_PER_LEVEL) Integer> hoursPerLevel) {
}
