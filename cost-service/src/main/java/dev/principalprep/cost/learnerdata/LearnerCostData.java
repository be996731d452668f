package dev.principalprep.cost.learnerdata;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.costpass.CostPassView;
import dev.principalprep.cost.estimate.EstimateView;

/** Everything cost-service holds about a learner: their saved estimates and graded cost passes, whole. */
@Schema(name = "LearnerCostData")
public record LearnerCostData(@Schema(description = "the learner exported: the subject of their token") String learnerId,
        @Schema(description = "every saved estimate of the learner, whole, newest first") List<EstimateView> estimates,
        @Schema(description = "every graded cost pass of the learner, whole, newest first") List<CostPassView> costPasses) {
}
