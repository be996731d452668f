package dev.principalprep.cost.costpass;

import static dev.principalprep.cost.estimate.RateCards.MODULE_9;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.principalprep.cost.costpass.CostPassRequest.SaidLine;
import dev.principalprep.cost.costpass.CostPassRequest.Unit;
import dev.principalprep.cost.costpass.Grading.ComponentGrade;
import dev.principalprep.cost.estimate.CostCalculator;
import dev.principalprep.cost.estimate.Estimate;
import dev.principalprep.cost.pricing.PriceRate.Component;
import dev.principalprep.problems.InvalidInput;

/** The grading rules of the README, each verdict and each boundary, on the module's own example. */
class CostPassGraderTest {

    private static final Estimate MODULE = reference("module-9-example");
    private static final Estimate BATCH_ONLY = reference("batch-only-250tb");

    private static final SaidLine STORAGE = line(Component.STORAGE, "100", Unit.TB, "23", null, null, "2300", null);
    private static final SaidLine COMPUTE = line(Component.COMPUTE, "10000", Unit.TB, "0.5", "2", null, "5000",
            "20000");
    private static final SaidLine STREAMING = line(Component.STREAMING, "100000", Unit.GB, "0.1", null, null, "10000",
            null);
    private static final SaidLine SERVING = line(Component.SERVING, "10000", Unit.TB, "1", null, null, "10000", null);

    private final CostPassGrader grader = new CostPassGrader();

    @Test
    void theModulePassSaidCorrectlyScores100() {
        Grading grading = grader.grade(MODULE, pass(List.of(STORAGE, COMPUTE, STREAMING, SERVING), "27300", "42300",
                Component.COMPUTE));

        assertEquals(100, grading.score());
        for (ComponentGrade component : grading.components()) {
            assertEquals(Verdict.WITHIN_RANGE, component.verdict(), component.component().name());
            assertEquals(new BigDecimal("20.00"), component.points());
            assertEquals(BigDecimal.ONE, component.offBy());
        }
        assertEquals("Said $5,000.00–$20,000.00 against $5,000.00–$20,000.00. Within the module's range. Quantity said "
                + "10,000 TB (10,000 TB processed), reference 10,000 TB processed; rate said $0.50 per TB, reference "
                + "$0.50–$2.00 per TB processed.", grading.components().get(1).explanation());
        assertEquals(Verdict.WITHIN_RANGE, grading.total().verdict());
        assertEquals(10, grading.total().points());
        assertTrue(grading.dominant().correct());
        assertEquals(10, grading.dominant().points());
        assertEquals("compute dominates, as said: it is where optimisation starts.", grading.dominant().explanation());
    }

    @Test
    void storagePricedPerGbAsIfPerTbIsTheWrongUnitAndScores80() {
        SaidLine perGb = line(Component.STORAGE, "100", Unit.TB, "0.023", null, null, "2.30", null);
        Grading grading = grader.grade(MODULE, pass(List.of(perGb, COMPUTE, STREAMING, SERVING), "25002.30",
                "40002.30", Component.COMPUTE));

        ComponentGrade storage = grading.components().get(0);
        assertEquals(Verdict.WRONG_UNIT, storage.verdict());
        assertEquals(new BigDecimal("1000.00"), storage.offBy());
        assertEquals(new BigDecimal("0.00"), storage.points());
        assertEquals("Said $2.30 against $2,300.00. 1,000× below the range: a price per GB used as a price per TB, "
                + "or GB counted where TB was meant. Quantity said 100 TB (100 TB-month), reference 100 TB-month; "
                + "rate said $0.023 per TB, reference $23.00 per TB-month.", storage.explanation());
        assertEquals(Verdict.WITHIN_RANGE, grading.total().verdict());
        assertEquals(80, grading.score());
    }

    @Test
    void thePassWithoutStreamingMissesAComponentAndScores80() {
        Grading grading = grader.grade(MODULE, pass(List.of(STORAGE, COMPUTE, SERVING), "17300", "32300",
                Component.COMPUTE));

        ComponentGrade streaming = grading.components().get(2);
        assertEquals(Component.STREAMING, streaming.component());
        assertEquals(Verdict.MISSING, streaming.verdict());
        assertEquals(new BigDecimal("0.00"), streaming.points());
        assertNull(streaming.saidLow());
        assertNull(streaming.offBy());
        assertEquals("Not named: the reference prices streaming at $10,000.00. Reference: 100000 GB-month × $0.10 per "
                + "GB-month (derived: 1 × the stored TB retained in the stream).", streaming.explanation());
        assertEquals(80, grading.score());
    }

    @Test
    void ownNumbersThatDoNotMultiplyToTheFigureAreAnArithmeticError() {
        // 100 × 23 said as 23,000: the figure is 10× off as well, so no credit.
        ComponentGrade tenfold = storage(line(Component.STORAGE, "100", Unit.TB, "23", null, null, "23000", null));
        assertEquals(Verdict.ARITHMETIC_ERROR, tenfold.verdict());
        assertEquals(new BigDecimal("0.00"), tenfold.points());
        assertEquals("Said $23,000.00 against $2,300.00. Your own numbers do not give your figure: 100 TB × $23.00 "
                + "per TB is $2,300.00, not $23,000.00. Quantity said 100 TB (100 TB-month), reference 100 TB-month; "
                + "rate said $23.00 per TB, reference $23.00 per TB-month.", tenfold.explanation());

        // 100 × 20 said as 2,300: the figure is right, the working is not: half credit.
        ComponentGrade lucky = storage(line(Component.STORAGE, "100", Unit.TB, "20", null, null, "2300", null));
        assertEquals(Verdict.ARITHMETIC_ERROR, lucky.verdict());
        assertEquals(new BigDecimal("10.00"), lucky.points());
    }

    @Test
    void arithmeticAllowsTenPercentOrADollar() {
        // 100 × 25 = 2,500; 2,300 is within 10% of 2,500.
        assertEquals(Verdict.WITHIN_RANGE,
                storage(line(Component.STORAGE, "100", Unit.TB, "25", null, null, "2300", null)).verdict());
        // 100 × 25.6 = 2,560; 2,300 is 11% away.
        assertEquals(Verdict.ARITHMETIC_ERROR,
                storage(line(Component.STORAGE, "100", Unit.TB, "25.6", null, null, "2300", null)).verdict());
        assertTrue(CostPassGrader.close(new BigDecimal("1.00"), new BigDecimal("2.00")));
        assertFalse(CostPassGrader.close(new BigDecimal("1.00"), new BigDecimal("2.01")));
        assertTrue(CostPassGrader.close(new BigDecimal("100"), new BigDecimal("110")));
        assertFalse(CostPassGrader.close(new BigDecimal("100"), new BigDecimal("111.2")));
    }

    @Test
    void theHighEndOfARangeIsCheckedToo() {
        SaidLine wrongHigh = line(Component.COMPUTE, "10000", Unit.TB, "0.5", "2", null, "5000", "2000");
        assertThrows(InvalidInput.class, () -> grader.grade(MODULE, pass(List.of(wrongHigh), "5000", null, null)));
        SaidLine badHigh = line(Component.COMPUTE, "10000", Unit.TB, "0.5", "2", null, "5000", "30000");
        Grading grading = grader.grade(MODULE, pass(List.of(badHigh), "5000", "30000", null));
        assertEquals(Verdict.ARITHMETIC_ERROR, grading.components().get(1).verdict());
        SaidLine noHigh = line(Component.COMPUTE, "10000", Unit.TB, "0.5", "2", null, "5000", null);
        assertEquals(Verdict.WITHIN_RANGE,
                grader.grade(MODULE, pass(List.of(noHigh), "5000", null, null)).components().get(1).verdict());
    }

    @Test
    void aQuantityAndRateInDifferentUnitsMultipliedWithoutConvertingIsTheWrongUnit() {
        SaidLine unconverted = line(Component.STREAMING, "100", Unit.TB, "0.1", null, Unit.GB, "10", null);
        ComponentGrade streaming = component(unconverted, Component.STREAMING);
        assertEquals(Verdict.WRONG_UNIT, streaming.verdict());
        assertEquals("Said $10.00 against $10,000.00. The quantity is in TB and the rate per GB, multiplied without "
                + "converting: TB to GB is ×1,000, so 100 TB × $0.10 per GB is $10,000.00. Quantity said 100 TB "
                + "(100,000 GB-month), reference 100,000 GB-month; rate said $0.10 per GB, reference $0.10 per "
                + "GB-month.", streaming.explanation());

        SaidLine converted = line(Component.STREAMING, "100", Unit.TB, "0.1", null, Unit.GB, "10000", null);
        assertEquals(Verdict.WITHIN_RANGE, component(converted, Component.STREAMING).verdict());
        SaidLine petabytes = line(Component.STORAGE, "0.1", Unit.PB, "23", null, Unit.TB, "2300", null);
        assertEquals(Verdict.WITHIN_RANGE, storage(petabytes).verdict());
    }

    @Test
    void aDailyFigureGivenAsMonthlyIsTheWrongUnit() {
        ComponentGrade daily = component(figure(Component.STREAMING, "333.33"), Component.STREAMING);
        assertEquals(Verdict.WRONG_UNIT, daily.verdict());
        assertEquals(new BigDecimal("30.00"), daily.offBy());
        assertEquals("Said $333.33 against $10,000.00. 30× below the range: a daily figure given as a monthly one.",
                daily.explanation());
        ComponentGrade twice = component(figure(Component.SERVING, "300000"), Component.SERVING);
        assertEquals(Verdict.WRONG_UNIT, twice.verdict());
        assertEquals("Said $300,000.00 against $10,000.00. 30× above the range: a monthly figure multiplied by 30 "
                + "days again.", twice.explanation());
        ComponentGrade perGb = storage(figure(Component.STORAGE, "2300000"));
        assertEquals("Said $2,300,000.00 against $2,300.00. 1,000× above the range: a price per TB used as a price "
                + "per GB, or TB counted where GB was meant.", perGb.explanation());
    }

    @Test
    void figuresOffByAMagnitudeAreGradedByHowFarOff() {
        assertGrade("1840", Verdict.WITHIN_RANGE, "1.25", "20.00");
        assertGrade("2875", Verdict.WITHIN_RANGE, "1.25", "20.00");
        assertGrade("1500", Verdict.OFF_UNDER_2X, "1.53", "10.00");
        assertGrade("4000", Verdict.OFF_UNDER_2X, "1.74", "10.00");
        assertGrade("1160", Verdict.OFF_UNDER_2X, "1.98", "10.00");
        assertGrade("1150", Verdict.OFF_2X_TO_10X, "2.00", "5.00");
        assertGrade("231", Verdict.OFF_2X_TO_10X, "9.96", "5.00");
        assertGrade("230", Verdict.OFF_10X_OR_MORE, "10.00", "0.00");
        assertGrade("23000", Verdict.OFF_10X_OR_MORE, "10.00", "0.00");
        assertEquals("Said $4,000.00 against $2,300.00. Off by 1.74× (above the range).",
                storage(figure(Component.STORAGE, "4000")).explanation());
        assertEquals("Said $1,500.00 against $2,300.00. Off by 1.53× (below the range).",
                storage(figure(Component.STORAGE, "1500")).explanation());
    }

    @Test
    void zeroHasNoFiniteRatio() {
        ComponentGrade zero = storage(figure(Component.STORAGE, "0"));
        assertEquals(Verdict.OFF_10X_OR_MORE, zero.verdict());
        assertNull(zero.offBy());
        assertEquals("Said $0.00 against $2,300.00. Off with no finite ratio (below the range).", zero.explanation());
        assertNull(CostPassGrader.offBy(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO));
        assertEquals(BigDecimal.ONE,
                CostPassGrader.offBy(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void aComponentTheWorkloadDoesNotNeedCostsFivePoints() {
        SaidLine storage = line(Component.STORAGE, "250", Unit.TB, "23", null, null, "5750", null);
        SaidLine compute = line(Component.COMPUTE, "10000", Unit.TB, "0.5", "2", null, "5000", "20000");
        Grading grading = grader.grade(BATCH_ONLY, pass(List.of(storage, compute, STREAMING), "20750", "35750",
                Component.COMPUTE));

        ComponentGrade streaming = grading.components().get(2);
        assertEquals(Verdict.UNNEEDED, streaming.verdict());
        assertEquals(new BigDecimal("-5"), streaming.points());
        assertNull(streaming.referenceLow());
        assertEquals("The workload gives nothing that needs streaming (the reference does not price it): "
                + "$10,000.00 added that is not there.", streaming.explanation());
        assertEquals(new BigDecimal("40.00"), grading.components().get(0).points());
        // 80 for both components, 5 off; the total 20,750–35,750 overlaps 10,750–25,750 (10); dominant 10.
        assertEquals(Verdict.WITHIN_RANGE, grading.total().verdict());
        assertEquals(95, grading.score());
    }

    @Test
    void theScoreNeverGoesBelowZero() {
        Grading grading = grader.grade(BATCH_ONLY, pass(List.of(STREAMING, SERVING), "20000", null, Component.SERVING));
        assertEquals(0, grading.score());
    }

    @Test
    void theScoreIsRoundedHalfUp() {
        // A three-component reference: two of three within, total and dominant right: 80 × 2/3 + 20 = 73.33.
        Estimate threeParts = new CostCalculator().estimate(new dev.principalprep.cost.estimate.Workload(
                dev.principalprep.cost.estimate.Workload.Storage.total(BigDecimal.valueOf(100)),
                new dev.principalprep.cost.estimate.Workload.Processing(BigDecimal.valueOf(10000), null), null,
                new dev.principalprep.cost.estimate.Workload.Serving(BigDecimal.valueOf(10000), null, null), null,
                null), MODULE_9);
        Grading grading = grader.grade(threeParts, pass(List.of(STORAGE, COMPUTE), "7300", "22300",
                Component.COMPUTE));
        assertEquals(new BigDecimal("26.67"), grading.components().get(0).points());
        assertEquals(73, grading.score());
        Grading two = grader.grade(threeParts, pass(List.of(STORAGE, COMPUTE, figure(Component.SERVING, "6000")),
                "13300", "28300", Component.COMPUTE));
        // 26.67 + 26.67 + 13.33 + 10 + 10 = 86.67
        assertEquals(87, two.score());
    }

    @Test
    void theTotalMustBeTheSumOfTheLines() {
        Grading grading = grader.grade(MODULE, pass(List.of(STORAGE, COMPUTE, STREAMING, SERVING), "37300", "42300",
                Component.COMPUTE));
        assertEquals(Verdict.ARITHMETIC_ERROR, grading.total().verdict());
        assertEquals(0, grading.total().points());
        assertEquals("Said $37,300.00–$42,300.00 against $27,300.00–$42,300.00. Your lines add up to "
                + "$27,300.00–$42,300.00, not your total.", grading.total().explanation());
        assertEquals(90, grading.score());
        Grading highOff = grader.grade(MODULE, pass(List.of(STORAGE, COMPUTE, STREAMING, SERVING), "27300", "52300",
                Component.COMPUTE));
        assertEquals(Verdict.ARITHMETIC_ERROR, highOff.total().verdict());
    }

    @Test
    void aTotalAloneIsGradedAgainstTheReferenceTotal() {
        assertEquals(Verdict.OFF_UNDER_2X, total("20000").verdict());
        assertEquals(5, total("20000").points());
        assertEquals(new BigDecimal("1.37"), total("20000").offBy());
        assertEquals(Verdict.WRONG_UNIT, total("27.3").verdict());
        assertEquals("Said $27.30 against $27,300.00–$42,300.00. 1,000× below the range: a price per GB used as a "
                + "price per TB, or GB counted where TB was meant.", total("27.3").explanation());
        assertEquals(Verdict.OFF_10X_OR_MORE, total("100").verdict());
        assertEquals("Said $100.00 against $27,300.00–$42,300.00. Off by 273×.", total("100").explanation());
        assertEquals(Verdict.OFF_2X_TO_10X, total("100000").verdict());
        assertEquals(0, total("100000").points());
        assertEquals(Verdict.OFF_10X_OR_MORE, total("0").verdict());
        assertEquals("Said $0.00 against $27,300.00–$42,300.00. Off with no finite ratio.", total("0").explanation());
        Grading alone = grader.grade(MODULE, pass(List.of(), "30000", null, Component.COMPUTE));
        assertEquals(20, alone.score());
        assertEquals(4, alone.components().stream().filter(c -> c.verdict() == Verdict.MISSING).count());
    }

    @Test
    void theDominantComponentMustBeNamed() {
        Grading wrong = grader.grade(MODULE, pass(List.of(STORAGE, COMPUTE, STREAMING, SERVING), "27300", "42300",
                Component.STORAGE));
        assertFalse(wrong.dominant().correct());
        assertEquals(0, wrong.dominant().points());
        assertEquals(Component.COMPUTE, wrong.dominant().reference());
        assertEquals("storage named; compute dominates at $5,000.00–$20,000.00.", wrong.dominant().explanation());
        assertEquals(90, wrong.score());
        Grading none = grader.grade(MODULE, pass(List.of(STORAGE, COMPUTE, STREAMING, SERVING), "27300", "42300",
                null));
        assertEquals("No dominant component named; compute dominates at $5,000.00–$20,000.00.",
                none.dominant().explanation());
    }

    @Test
    void contradictoryPassesAreRefusedNamingTheField() {
        assertEquals("lines[1].component", refused(pass(List.of(STORAGE, STORAGE), "4600", null, null)));
        assertEquals("lines[0].monthlyHigh",
                refused(pass(List.of(line(Component.STORAGE, null, null, null, null, null, "10", "9")), "10", null,
                        null)));
        assertEquals("lines[0].rateHigh",
                refused(pass(List.of(line(Component.STORAGE, "1", Unit.TB, "2", "1", null, "2", null)), "2", null,
                        null)));
        assertEquals("totalHigh", refused(pass(List.of(), "10", "9", null)));
        assertEquals("lines[0].unit",
                refused(pass(List.of(line(Component.STORAGE, "1", null, "2", null, null, "2", null)), "2", null, null)));
        assertEquals("lines[0].rate",
                refused(pass(List.of(line(Component.STORAGE, "1", Unit.TB, null, null, null, "2", null)), "2", null,
                        null)));
        assertEquals("lines[0].quantity",
                refused(pass(List.of(line(Component.STORAGE, null, null, "2", null, null, "2", null)), "2", null,
                        null)));
        grader.grade(MODULE, pass(List.of(line(Component.STORAGE, null, null, null, null, null, "10", "10")), "10",
                "10", null));
    }

    @Test
    void unitsConvertThroughTerabytes() {
        assertEquals(new BigDecimal("0.001"), CostPassGrader.tb(Unit.GB));
        assertEquals(BigDecimal.ONE, CostPassGrader.tb(Unit.TB));
        assertEquals(new BigDecimal("1000"), CostPassGrader.tb(Unit.PB));
    }

    private void assertGrade(String monthly, Verdict verdict, String offBy, String points) {
        ComponentGrade grade = storage(figure(Component.STORAGE, monthly));
        assertEquals(verdict, grade.verdict(), monthly);
        assertEquals(new BigDecimal(offBy), grade.offBy(), monthly);
        assertEquals(new BigDecimal(points), grade.points(), monthly);
    }

    private Grading.TotalGrade total(String total) {
        return grader.grade(MODULE, pass(List.of(), total, null, null)).total();
    }

    private String refused(CostPassRequest pass) {
        return assertThrows(InvalidInput.class, () -> grader.grade(MODULE, pass)).field();
    }

    private ComponentGrade storage(SaidLine storage) {
        return component(storage, Component.STORAGE);
    }

    /** One component said in a pass otherwise said correctly. */
    private ComponentGrade component(SaidLine said, Component component) {
        List<SaidLine> lines = new ArrayList<>(List.of(STORAGE, COMPUTE, STREAMING, SERVING));
        lines.replaceAll(l -> l.component() == component ? said : l);
        BigDecimal low = lines.stream().map(SaidLine::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal high = lines.stream().map(l -> l.monthlyHigh() == null ? l.monthly() : l.monthlyHigh())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return grader.grade(MODULE, new CostPassRequest(null, null, lines, low, high, Component.COMPUTE)).components()
                .stream().filter(c -> c.component() == component).findFirst().orElseThrow();
    }

    private static SaidLine figure(Component component, String monthly) {
        return line(component, null, null, null, null, null, monthly, null);
    }

    static SaidLine line(Component component, String quantity, Unit unit, String rate, String rateHigh, Unit rateUnit,
            String monthly, String monthlyHigh) {
        return new SaidLine(component, number(quantity), unit, number(rate), number(rateHigh), rateUnit,
                number(monthly), number(monthlyHigh));
    }

    static CostPassRequest pass(List<SaidLine> lines, String total, String totalHigh, Component dominant) {
        return new CostPassRequest("module-9-example", null, lines, number(total), number(totalHigh), dominant);
    }

    private static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Estimate reference(String prompt) {
        return new CostCalculator().estimate(PracticePrompts.find(prompt).orElseThrow().workload(), MODULE_9);
    }
}
