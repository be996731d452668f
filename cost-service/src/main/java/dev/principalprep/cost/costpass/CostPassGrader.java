package dev.principalprep.cost.costpass;

import static dev.principalprep.cost.estimate.Numbers.dollars;
import static dev.principalprep.cost.estimate.Numbers.number;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.principalprep.cost.costpass.CostPassRequest.SaidLine;
import dev.principalprep.cost.costpass.CostPassRequest.Unit;
import dev.principalprep.cost.costpass.Grading.ComponentGrade;
import dev.principalprep.cost.costpass.Grading.DominantGrade;
import dev.principalprep.cost.costpass.Grading.TotalGrade;
import dev.principalprep.cost.estimate.CostLine;
import dev.principalprep.cost.estimate.Estimate;
import dev.principalprep.cost.pricing.PriceRate.Component;
import dev.principalprep.problems.InvalidInput;

/**
 * Grades a candidate's cost pass against the reference estimate of the same workload, deterministically. The rules
 * and tolerances are documented in cost-service's README:
 * <ul>
 * <li>a figure within the reference range give or take 25% is within range; off by under 2×, 2–10×, 10× or more
 * otherwise, unless a unit explains it (1,000× for GB and TB, 30× for a day and a month): then the unit is wrong;</li>
 * <li>the candidate's own quantity × rate must give their figure within 10% (or $1): else an arithmetic error, or a
 * wrong unit when it is their quantity and rate in different units multiplied without converting;</li>
 * <li>80 points are shared by the reference's components (credit 1 within range, ½ under 2× off or an arithmetic
 * error whose figure is still within range, ¼ for 2–10× off, 0 otherwise); an unneeded component costs 5; the total
 * earns 10 within range or 5 under 2× off; naming the dominant component earns 10.</li>
 * </ul>
 */
public final class CostPassGrader {

    static final BigDecimal RANGE_TOLERANCE = new BigDecimal("1.25");
    static final BigDecimal NEAR = BigDecimal.valueOf(2);
    static final BigDecimal FAR = BigDecimal.TEN;
    static final BigDecimal ARITHMETIC_TOLERANCE = new BigDecimal("0.10");
    static final BigDecimal ARITHMETIC_FLOOR = BigDecimal.ONE;
    static final BigDecimal COMPONENT_POINTS = BigDecimal.valueOf(80);
    static final int TOTAL_POINTS = 10;
    static final int TOTAL_NEAR_POINTS = 5;
    static final int DOMINANT_POINTS = 10;
    static final BigDecimal UNNEEDED_PENALTY = BigDecimal.valueOf(-5);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    /** A unit slip the grader recognises: the factor it makes, and what it means in each direction. */
    private record Slip(BigDecimal factor, String tooLow, String tooHigh) {
    }

    private static final List<Slip> SLIPS = List.of(
            new Slip(THOUSAND, "a price per GB used as a price per TB, or GB counted where TB was meant",
                    "a price per TB used as a price per GB, or TB counted where GB was meant"),
            new Slip(THIRTY, "a daily figure given as a monthly one",
                    "a monthly figure multiplied by 30 days again"));

    public Grading grade(Estimate reference, CostPassRequest pass) {
        Map<Component, SaidLine> said = said(pass);
        checkTotal(pass);
        Set<Component> needed = new LinkedHashSet<>();
        reference.lines().forEach(line -> needed.add(line.component()));
        BigDecimal share = COMPONENT_POINTS.divide(BigDecimal.valueOf(needed.size()), MathContext.DECIMAL64);
        List<ComponentGrade> components = new ArrayList<>();
        for (Component component : needed) {
            components.add(component(reference, component, said.get(component), share));
        }
        for (SaidLine line : pass.lines()) {
            if (!needed.contains(line.component())) {
                components.add(new ComponentGrade(line.component(), Verdict.UNNEEDED, null, null, line.monthly(),
                        high(line.monthly(), line.monthlyHigh()), null, UNNEEDED_PENALTY,
                        "The workload gives nothing that needs " + name(line.component()) + " (the reference does not "
                                + "price it): " + dollars(line.monthly()) + " added that is not there."));
            }
        }
        TotalGrade total = total(reference, pass);
        DominantGrade dominant = dominant(reference, pass.dominant());
        BigDecimal points = components.stream().map(ComponentGrade::points).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(BigDecimal.valueOf(total.points() + dominant.points()));
        int score = points.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP)
                .intValueExact();
        return new Grading(score, components, total, dominant);
    }

    private static Map<Component, SaidLine> said(CostPassRequest pass) {
        Map<Component, SaidLine> said = new EnumMap<>(Component.class);
        for (int i = 0; i < pass.lines().size(); i++) {
            SaidLine line = pass.lines().get(i);
            String field = "lines[" + i + "]";
            if (said.put(line.component(), line) != null) {
                throw new InvalidInput(field + ".component", line.component() + " is said twice: one line per component");
            }
            below(line.monthlyHigh(), line.monthly(), field + ".monthlyHigh");
            below(line.rateHigh(), line.rate(), field + ".rateHigh");
            if (line.quantity() != null && line.unit() == null) {
                throw new InvalidInput(field + ".unit", "say the unit of the quantity: GB, TB or PB");
            }
            if ((line.rate() == null) != (line.quantity() == null)) {
                throw new InvalidInput(field + (line.rate() == null ? ".rate" : ".quantity"),
                        "a quantity and a rate go together: give both or neither");
            }
        }
        return said;
    }

    private static void checkTotal(CostPassRequest pass) {
        below(pass.totalHigh(), pass.total(), "totalHigh");
    }

    private static void below(BigDecimal high, BigDecimal low, String field) {
        if (high != null && low != null && high.compareTo(low) < 0) {
            throw new InvalidInput(field, "the high end is below the low end");
        }
    }

    private static ComponentGrade component(Estimate reference, Component component, SaidLine line, BigDecimal share) {
        BigDecimal refLow = reference.componentLow(component);
        BigDecimal refHigh = reference.componentHigh(component);
        if (line == null) {
            return new ComponentGrade(component, Verdict.MISSING, refLow, refHigh, null, null, null,
                    BigDecimal.ZERO.setScale(2), "Not named: the reference prices " + name(component) + " at "
                            + range(refLow, refHigh) + ". " + hint(reference, component));
        }
        BigDecimal saidLow = line.monthly();
        BigDecimal saidHigh = high(saidLow, line.monthlyHigh());
        BigDecimal offBy = offBy(saidLow, saidHigh, refLow, refHigh);
        String against = "Said " + range(saidLow, saidHigh) + " against " + range(refLow, refHigh) + ". ";
        Mismatch mismatch = arithmetic(line);
        Verdict verdict;
        BigDecimal credit;
        String why;
        if (mismatch != null && mismatch.unconverted()) {
            verdict = Verdict.WRONG_UNIT;
            credit = BigDecimal.ZERO;
            why = mismatch.explanation();
        } else if (mismatch != null) {
            verdict = Verdict.ARITHMETIC_ERROR;
            credit = within(offBy) ? HALF : BigDecimal.ZERO;
            why = mismatch.explanation();
        } else if (within(offBy)) {
            verdict = Verdict.WITHIN_RANGE;
            credit = BigDecimal.ONE;
            why = "Within the module's range.";
        } else if (slip(saidLow, saidHigh, refLow, refHigh) != null) {
            verdict = Verdict.WRONG_UNIT;
            credit = BigDecimal.ZERO;
            why = slip(saidLow, saidHigh, refLow, refHigh);
        } else {
            verdict = magnitude(offBy);
            credit = verdict == Verdict.OFF_UNDER_2X ? HALF : verdict == Verdict.OFF_2X_TO_10X ? QUARTER : BigDecimal.ZERO;
            why = (offBy == null ? "Off with no finite ratio" : "Off by " + times(offBy)) + " ("
                    + (saidHigh.compareTo(refLow) < 0 ? "below" : "above") + " the range).";
        }
        return new ComponentGrade(component, verdict, refLow, refHigh, saidLow, saidHigh, offBy,
                credit.multiply(share).setScale(2, RoundingMode.HALF_UP),
                against + why + parts(reference, component, line));
    }

    /** Where a candidate's own quantity × rate and figure disagree: units not converted, or the sum itself. */
    record Mismatch(boolean unconverted, String explanation) {
    }

    /** Null when the candidate's own quantity × rate gives their figure, or they gave no quantity and rate. */
    static Mismatch arithmetic(SaidLine line) {
        if (line.quantity() == null) {
            return null;
        }
        Unit rateUnit = line.rateUnit() == null ? line.unit() : line.rateUnit();
        BigDecimal conversion = tb(line.unit()).divide(tb(rateUnit), MathContext.DECIMAL64);
        BigDecimal rateHigh = high(line.rate(), line.rateHigh());
        BigDecimal monthlyHigh = high(line.monthly(), line.monthlyHigh());
        BigDecimal expectedLow = line.quantity().multiply(line.rate()).multiply(conversion);
        BigDecimal expectedHigh = line.quantity().multiply(rateHigh).multiply(conversion);
        boolean consistent = close(expectedLow, line.monthly())
                && (line.monthlyHigh() == null || close(expectedHigh, monthlyHigh));
        if (consistent) {
            return null;
        }
        boolean raw = conversion.compareTo(BigDecimal.ONE) != 0 && close(line.quantity().multiply(line.rate()),
                line.monthly());
        if (raw) {
            return new Mismatch(true, "The quantity is in " + line.unit() + " and the rate per " + rateUnit
                    + ", multiplied without converting: " + line.unit() + " to " + rateUnit + " is ×"
                    + number(conversion) + ", so " + number(line.quantity()) + " " + line.unit() + " × "
                    + dollars(line.rate()) + " per " + rateUnit + " is " + dollars(cents(expectedLow)) + ".");
        }
        return new Mismatch(false,
                "Your own numbers do not give your figure: " + number(line.quantity()) + " " + line.unit() + " × "
                        + dollars(line.rate()) + " per " + rateUnit + " is " + dollars(cents(expectedLow)) + ", not "
                        + dollars(line.monthly()) + ".");
    }

    private static TotalGrade total(Estimate reference, CostPassRequest pass) {
        BigDecimal saidLow = pass.total();
        BigDecimal saidHigh = high(saidLow, pass.totalHigh());
        BigDecimal refLow = reference.totalLow();
        BigDecimal refHigh = reference.totalHigh();
        BigDecimal offBy = offBy(saidLow, saidHigh, refLow, refHigh);
        String against = "Said " + range(saidLow, saidHigh) + " against " + range(refLow, refHigh) + ". ";
        if (!pass.lines().isEmpty()) {
            BigDecimal sumLow = pass.lines().stream().map(SaidLine::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal sumHigh = pass.lines().stream().map(l -> high(l.monthly(), l.monthlyHigh()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (!close(sumLow, saidLow) || !close(sumHigh, saidHigh)) {
                return new TotalGrade(Verdict.ARITHMETIC_ERROR, refLow, refHigh, saidLow, saidHigh, offBy, 0,
                        against + "Your lines add up to " + range(sumLow, sumHigh) + ", not your total.");
            }
        }
        if (within(offBy)) {
            return new TotalGrade(Verdict.WITHIN_RANGE, refLow, refHigh, saidLow, saidHigh, offBy, TOTAL_POINTS,
                    against + "Within the module's range.");
        }
        String slip = slip(saidLow, saidHigh, refLow, refHigh);
        if (slip != null) {
            return new TotalGrade(Verdict.WRONG_UNIT, refLow, refHigh, saidLow, saidHigh, offBy, 0, against + slip);
        }
        Verdict verdict = magnitude(offBy);
        return new TotalGrade(verdict, refLow, refHigh, saidLow, saidHigh, offBy,
                verdict == Verdict.OFF_UNDER_2X ? TOTAL_NEAR_POINTS : 0,
                against + (offBy == null ? "Off with no finite ratio." : "Off by " + times(offBy) + "."));
    }

    private static DominantGrade dominant(Estimate reference, Component said) {
        Component dominant = reference.dominantComponent();
        if (said == dominant) {
            return new DominantGrade(dominant, said, true, DOMINANT_POINTS,
                    name(dominant) + " dominates, as said: it is where optimisation starts.");
        }
        return new DominantGrade(dominant, said, false, 0, (said == null ? "No dominant component named"
                : name(said) + " named") + "; " + name(dominant) + " dominates at "
                + range(reference.componentLow(dominant), reference.componentHigh(dominant)) + ".");
    }

    /** How many times outside the reference range a said range lies: 1 when they overlap; null without a ratio. */
    static BigDecimal offBy(BigDecimal saidLow, BigDecimal saidHigh, BigDecimal refLow, BigDecimal refHigh) {
        if (saidHigh.compareTo(refLow) < 0) {
            return saidHigh.signum() == 0 ? null : refLow.divide(saidHigh, 2, RoundingMode.HALF_UP);
        }
        if (saidLow.compareTo(refHigh) > 0) {
            return refHigh.signum() == 0 ? null : saidLow.divide(refHigh, 2, RoundingMode.HALF_UP);
        }
        return BigDecimal.ONE;
    }

    static boolean within(BigDecimal offBy) {
        return offBy != null && offBy.compareTo(RANGE_TOLERANCE) <= 0;
    }

    static Verdict magnitude(BigDecimal offBy) {
        if (offBy == null || offBy.compareTo(FAR) >= 0) {
            return Verdict.OFF_10X_OR_MORE;
        }
        return offBy.compareTo(NEAR) < 0 ? Verdict.OFF_UNDER_2X : Verdict.OFF_2X_TO_10X;
    }

    /** The unit slip that puts the said range back within the reference range, in words; null when none does. */
    static String slip(BigDecimal saidLow, BigDecimal saidHigh, BigDecimal refLow, BigDecimal refHigh) {
        boolean low = saidHigh.compareTo(refLow) < 0;
        for (Slip slip : SLIPS) {
            BigDecimal correctedLow = low ? saidLow.multiply(slip.factor())
                    : saidLow.divide(slip.factor(), MathContext.DECIMAL64);
            BigDecimal correctedHigh = low ? saidHigh.multiply(slip.factor())
                    : saidHigh.divide(slip.factor(), MathContext.DECIMAL64);
            if (within(offBy(correctedLow, correctedHigh, refLow, refHigh))) {
                return number(slip.factor()) + "× " + (low ? "below" : "above") + " the range: "
                        + (low ? slip.tooLow() : slip.tooHigh()) + ".";
            }
        }
        return null;
    }

    static boolean close(BigDecimal a, BigDecimal b) {
        BigDecimal allowed = a.abs().max(b.abs()).multiply(ARITHMETIC_TOLERANCE).max(ARITHMETIC_FLOOR);
        return a.subtract(b).abs().compareTo(allowed) <= 0;
    }

    /** The said quantity and rate beside the reference's, when both were said. */
    private static String parts(Estimate reference, Component component, SaidLine line) {
        if (line.quantity() == null) {
            return "";
        }
        List<CostLine> lines = reference.lines().stream().filter(l -> l.component() == component).toList();
        BigDecimal refTb = lines.stream().map(l -> l.quantity().multiply(perTb(l.unit())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal saidTb = line.quantity().multiply(tb(line.unit()));
        String unit = lines.get(0).unit();
        BigDecimal refQuantity = refTb.divide(perTb(unit), MathContext.DECIMAL64);
        return " Quantity said " + number(line.quantity()) + " " + line.unit() + " (" + number(
                saidTb.divide(perTb(unit), MathContext.DECIMAL64)) + " " + unit + "), reference "
                + number(refQuantity) + " " + unit + "; rate said " + dollars(line.rate()) + " per "
                + (line.rateUnit() == null ? line.unit() : line.rateUnit()) + ", reference "
                + lines.get(0).rate().price() + " per " + lines.get(0).rate().unit() + ".";
    }

    /** Where to look when a component is missing: the reference's own first assumption for it. */
    private static String hint(Estimate reference, Component component) {
        return reference.lines().stream().filter(l -> l.component() == component).findFirst()
                .map(l -> "Reference: " + l.formula() + " (" + l.assumptions().get(0) + ").").orElse("");
    }

    /** TB in one of a unit. */
    static BigDecimal tb(Unit unit) {
        return switch (unit) {
            case GB -> new BigDecimal("0.001");
            case TB -> BigDecimal.ONE;
            case PB -> THOUSAND;
        };
    }

    /** TB in one of a reference line's unit (GB-month, TB-month, TB processed, TB queried). */
    private static BigDecimal perTb(String unit) {
        return unit.startsWith("GB") ? new BigDecimal("0.001") : BigDecimal.ONE;
    }

    private static BigDecimal high(BigDecimal low, BigDecimal high) {
        return high == null ? low : high;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String name(Component component) {
        return component.name().toLowerCase();
    }

    private static String times(BigDecimal factor) {
        return number(factor) + "×";
    }

    private static String range(BigDecimal low, BigDecimal high) {
        return low.compareTo(high) == 0 ? dollars(low) : dollars(low) + "–" + dollars(high);
    }
}
