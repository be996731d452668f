package dev.principalprep.cost.costpass;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the grader says of one component, or of the total, of a candidate's cost pass. */
@Schema(name = "Verdict", description = "WITHIN_RANGE: within the reference range, give or take 25%; OFF_UNDER_2X, OFF_2X_TO_10X, OFF_10X_OR_MORE: how far outside it; WRONG_UNIT: off by a unit slip (1,000× for GB and TB, 30× for a day and a month); ARITHMETIC_ERROR: quantity × rate is not the figure said, or the lines do not add up to the total; MISSING: a component the reference prices and the pass does not; UNNEEDED: a component the pass prices and the workload does not need")
public enum Verdict {
    /** Within the reference range, give or take 25%. */
    WITHIN_RANGE,
    /** Outside the range by less than 2×. */
    OFF_UNDER_2X,
    /** Off by 2× to 10×. */
    OFF_2X_TO_10X,
    /** Off by 10× or more. */
    OFF_10X_OR_MORE,
    /** Off by a unit: GB for TB (1,000×), per day for per month (30×). */
    WRONG_UNIT,
    /** The candidate's own quantity × rate is not their figure, or their lines do not add up to their total. */
    ARITHMETIC_ERROR,
    /** A component the reference prices and the pass does not name. */
    MISSING,
    /** A component the pass prices and the workload does not need. */
    UNNEEDED
}
