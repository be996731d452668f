package dev.principalprep.cost.learnerdata;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.principalprep.cost.costpass.CostPassView;
import dev.principalprep.cost.estimate.EstimateView;

/** Everything cost-service holds about a learner: their saved estimates and graded cost passes, whole. */
@Schema(name = "LearnerCostData")
public record LearnerCostData(String learnerId, List<EstimateView> estimates, List<CostPassView> costPasses) {
}
