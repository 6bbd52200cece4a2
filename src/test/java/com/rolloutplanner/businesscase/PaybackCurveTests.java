package com.rolloutplanner.businesscase;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolloutplanner.businesscase.PaybackCurve.Actual;
import com.rolloutplanner.businesscase.PaybackCurve.Curve;
import com.rolloutplanner.businesscase.PaybackCurve.Plan;
import com.rolloutplanner.businesscase.PaybackCurve.Row;
import com.rolloutplanner.phase.Phase;

import static org.assertj.core.api.Assertions.assertThat;

class PaybackCurveTests {

	/** Baseline 100 a month; start-up costs 110, learning 90, then 70; 10 invested. */
	private static final Plan SEVEN = plan("100", "110", "90", "70", "70", "0", "10");

	@ParameterizedTest(name = "baseline {0}, costs {1}/{2}/{3}/{4}, benefit {5}, invested {6}: payback month {7}")
	@CsvSource(nullValues = "never", value = {
			// the J-curve of the article: down in start-up, back in learning, paid back
			// in month 7
			"100, 110, 90, 70, 70, 0, 10, 7",
			// exactly zero at the end of month 6, the boundary of established production
			"100, 110, 80, 80, 80, 0, 30, 6",
			// a cent more invested moves it into month 7
			"100, 110, 80, 80, 80, 0, 30.01, 7",
			// the same cost as before and something invested: never
			"100, 100, 100, 100, 100, 0, 10, never",
			// costs more than the baseline for good: never
			"100, 120, 110, 105, 101, 0, 0, never",
			// benefits carry it: the start-up loss of 5 a month is won back in month 4
			"100, 120, 100, 100, 100, 15, 0, 4",
			// nothing invested, cheaper from the start: the quick win of month 1
			"100, 90, 90, 90, 90, 0, 0, 1",
			// only in continuous development: 90 lost by month 9, +10 a month from month
			// 10
			"100, 110, 110, 110, 90, 0, 0, 18",
			// later than the search limit is never: 240 months at +1 do not make up 1,000
			"100, 100, 100, 100, 99, 0, 1000, never",
			// +1 a month from month 10: 231 is made up in month 240, the last one looked
			// at ...
			"100, 100, 100, 100, 99, 0, 231, 240",
			// ... and 232 never
			"100, 100, 100, 100, 99, 0, 232, never" })
	void findsTheFirstMonthWhoseCumulativeNetBenefitReachesZero(String baseline, String startUp, String learning,
			String established, String continuous, String benefit, String invested, Integer payback) {
		Plan plan = plan(baseline, startUp, learning, established, continuous, benefit, invested);

		assertThat(PaybackCurve.paybackMonth(plan)).isEqualTo(payback);
		assertThat(PaybackCurve.of(plan, Map.of(), 24).plannedPaybackMonth()).isEqualTo(payback);
	}

	@Test
	void drawsThePlannedCumulativeMonthByMonthWithThePhaseOfEachMonth() {
		Curve curve = PaybackCurve.of(SEVEN, Map.of(), 24);

		assertThat(curve.rows()).hasSize(24);
		assertThat(curve.rows().subList(0, 10)).extracting((r) -> r.planned().intValue())
			.containsExactly(-20, -30, -40, -30, -20, -10, 20, 50, 80, 110);
		assertThat(curve.rows()).extracting(Row::phase)
			.startsWith(Phase.START_UP, Phase.START_UP, Phase.START_UP, Phase.LEARNING, Phase.LEARNING, Phase.LEARNING,
					Phase.ESTABLISHED, Phase.ESTABLISHED, Phase.ESTABLISHED, Phase.CONTINUOUS_DEVELOPMENT);
		assertThat(curve.lowestPlanned()).isEqualByComparingTo("-40");
		assertThat(curve.rows()).allSatisfy((r) -> {
			assertThat(r.actual()).isNull();
			assertThat(r.projected()).isNull();
		});
		assertThat(curve.state()).isEqualTo(PaybackState.NO_ACTUALS);
		assertThat(curve.projectedPaybackMonth()).isNull();
	}

	@ParameterizedTest(name = "contract of {0} months: drawn to month {1}")
	@CsvSource({ "1, 24", "12, 24", "24, 24", "25, 25", "36, 36", "120, 120", "121, 120", "240, 120" })
	void drawsToTheContractsEndButAtLeastTwoYearsAndAtMostTen(int contractMonths, int horizon) {
		assertThat(PaybackCurve.horizon(contractMonths)).isEqualTo(horizon);
	}

	@Test
	void aContractThatEndsBeforeThePaybackIsDrawnWithItsWhatIfsToItsMarkedEndAndNoFurther() {
		// A six-month contract of the plan that pays back in month 7.
		Curve curve = PaybackCurve.of(SEVEN, Map.of(), PaybackCurve.horizon(6));
		PaybackChart chart = PaybackChart.of(curve, SEVEN, 6);

		assertThat(curve.horizon()).isEqualTo(24);
		assertThat(curve.plannedPaybackMonth()).isEqualTo(7).isGreaterThan(6);
		assertThat(curve.rows().get(5).planned()).isEqualByComparingTo("-10");
		double end = PaybackChart.FRAME.left()
				+ (PaybackChart.FRAME.width() - PaybackChart.FRAME.left() - PaybackChart.FRAME.right()) * 6 / 24;
		assertThat(chart.contractEndX()).isEqualTo(end);
		for (String line : List.of(chart.plannedLine(), chart.longerDipLine(), chart.deeperDipLine())) {
			List<Double> xs = java.util.Arrays.stream(line.split("[ML ]+"))
				.filter((point) -> !point.isEmpty())
				.map((point) -> Double.valueOf(point.split(",")[0]))
				.toList();
			assertThat(xs).hasSize(7).last().isEqualTo(end);
		}
		// The payback after the contract's end is not on the drawing.
		assertThat(chart.plannedPayback()).isNull();

		PaybackChart longer = PaybackChart.of(PaybackCurve.of(SEVEN, Map.of(), 36), SEVEN, 36);
		assertThat(longer.contractEndX()).isNull();
		assertThat(longer.plannedPayback().month()).isEqualTo(7);
	}

	@Test
	void theChartDrawsEverySeriesFromTheInvestmentAtMonthZeroAndMarksThePaybackOnTheZeroLine() {
		Curve curve = PaybackCurve.of(SEVEN, actuals("1:110 2:110 3:110 4:95 5:95 6:95"), 24);
		PaybackChart chart = PaybackChart.of(curve, SEVEN, 24);

		assertThat(chart.months()).isEqualTo(24);
		assertThat(chart.plannedLine()).startsWith("M" + PaybackChart.FRAME.left() + ",").contains(" L");
		assertThat(chart.plannedLine().split(" L")).hasSize(25);
		assertThat(chart.actualLine().split(" L")).hasSize(7);
		assertThat(chart.projectedLine().split(" L")).hasSize(19);
		assertThat(chart.plannedPayback().y()).isEqualTo(com.rolloutplanner.timeline.ChartScale.round(chart.zeroY()));
		assertThat(chart.projectedPayback().month()).isEqualTo(11);
		assertThat(chart.xTicks()).hasSize(9);
		assertThat(chart.yTicks()).extracting((t) -> t.value().signum()).contains(0, 1);
		assertThat(PaybackChart.of(PaybackCurve.of(SEVEN, Map.of(), 24), SEVEN, 24).actualLine()).isNull();
	}

	@ParameterizedTest(name = "{0}: {2}, payback {3}")
	@CsvSource(nullValues = "none", delimiter = ';', value = {
			// three months as planned: the trend is the start-up loss, it never reaches
			// zero
			"as planned to month 3; 1:110 2:110 3:110; NOT_PROJECTABLE; none; false",
			// a better learning period than planned: paid back earlier, in month 5 ...
			"better learning; 1:110 2:110 3:110 4:80 5:80 6:80; ON_PLAN; 5; true",
			// ... or -25 after month 6 with +5 a month: month 11, later than month 7
			"slower learning; 1:110 2:110 3:110 4:95 5:95 6:95; LATER_THAN_PLANNED; 11; false",
			// seven months as planned: paid back in month 7, on plan
			"as planned to month 7; 1:110 2:110 3:110 4:90 5:90 6:90 7:70; ON_PLAN; 7; true",
			// one month only, cheaper than planned: -10 + 10 = 0 in month 1
			"one good month; 1:90; ON_PLAN; 1; true",
			// month 2 missing counts as planned: -10 - 10 - 10 - 10 = -40 after month 3,
			// trend -10
			"a missing month; 1:110 3:110; NOT_PROJECTABLE; none; false",
			// -5 after month 6, the last three months +5, +5, +25: one more month
			"a turn at month 6; 1:110 2:110 3:110 4:95 5:95 6:75; ON_PLAN; 7; false" })
	void projectsThePaybackWithTheTrendOfTheLastThreeMonths(String name, String actuals, PaybackState state,
			Integer payback, boolean paidBack) {
		Curve curve = PaybackCurve.of(SEVEN, actuals(actuals), 24);

		assertThat(curve.state()).isEqualTo(state);
		assertThat(curve.projectedPaybackMonth()).isEqualTo(payback);
		assertThat(curve.paidBack()).isEqualTo(paidBack);
		assertThat(curve.plannedPaybackMonth()).isEqualTo(7);
	}

	@Test
	void drawsTheActualsToTheLastMonthAndTheProjectionFromThere() {
		Curve curve = PaybackCurve.of(SEVEN, actuals("1:110 2:110 3:110 4:95 5:95 6:95"), 24);

		assertThat(curve.lastActualMonth()).isEqualTo(6);
		assertThat(curve.rows().subList(0, 6)).extracting((r) -> r.actual().intValue())
			.containsExactly(-20, -30, -40, -35, -30, -25);
		assertThat(curve.rows().subList(0, 5)).extracting(Row::projected).containsOnlyNulls();
		assertThat(curve.rows().get(5).projected()).isEqualByComparingTo("-25");
		assertThat(curve.rows().subList(6, 12)).extracting((r) -> r.projected().intValue())
			.containsExactly(-20, -15, -10, -5, 0, 5);
		assertThat(curve.rows().subList(6, 24)).extracting(Row::actual).containsOnlyNulls();
	}

	@Test
	void projectsWithFewerMonthsWhenFewerAreRecordedAndRoundsTheProjectionToCents() {
		// -15 after month 2; -10 and +5 make a trend of -2.50 a month
		Curve curve = PaybackCurve.of(SEVEN, actuals("1:110 2:95"), 24);

		assertThat(curve.rows().get(2).projected()).isEqualByComparingTo("-17.50");
		assertThat(curve.state()).isEqualTo(PaybackState.NOT_PROJECTABLE);
	}

	@Test
	void aProjectionBeyondTheSearchLimitIsNotProjectable() {
		// -40 after month 3, then +0.01 a month: 4,000 months
		Curve curve = PaybackCurve.of(SEVEN, actuals("1:110 2:110 3:110 4:99.99 5:99.99 6:99.99"), 24);

		assertThat(curve.projectedPaybackMonth()).isNull();
		assertThat(curve.state()).isEqualTo(PaybackState.NOT_PROJECTABLE);
	}

	@Test
	void actualsOutsideTheJourneyAreIgnored() {
		Map<Integer, Actual> actuals = new HashMap<>(actuals("1:90"));
		actuals.put(0, new Actual(new BigDecimal("1000"), BigDecimal.ZERO));
		actuals.put(241, new Actual(new BigDecimal("1000"), BigDecimal.ZERO));

		assertThat(PaybackCurve.of(SEVEN, actuals, 24).lastActualMonth()).isEqualTo(1);
		actuals.put(240, new Actual(new BigDecimal("1000"), BigDecimal.ZERO));
		assertThat(PaybackCurve.of(SEVEN, actuals, 24).lastActualMonth()).isEqualTo(240);
	}

	@Test
	void aTrendOfExactlyZeroNeverReachesZero() {
		// -40 after month 3, then exactly the baseline: nothing gained, nothing lost
		Curve curve = PaybackCurve.of(SEVEN, actuals("1:110 2:110 3:110 4:100 5:100 6:100"), 24);

		assertThat(curve.state()).isEqualTo(PaybackState.NOT_PROJECTABLE);
		assertThat(curve.projectedPaybackMonth()).isNull();
		assertThat(curve.rows().get(23).projected()).isEqualByComparingTo("-40");
	}

	@ParameterizedTest(name = "month 3 costs {0}: projected {1}")
	@CsvSource(nullValues = "never", value = {
			// -10 - 200 - 10 - 17 = -237 after month 3, +1 in each of months 4-6: -234
			// after month 6 with a trend of +1 a month is month 240, the last one looked
			// at
			"117, 240",
			// a unit more is month 241: not projectable
			"118, never" })
	void projectsUpToTheSearchLimitAndNoFurther(String cost, Integer month) {
		Curve curve = PaybackCurve.of(SEVEN, actuals("1:300 2:110 3:" + cost + " 4:99 5:99 6:99"), 24);

		assertThat(curve.projectedPaybackMonth()).isEqualTo(month);
		assertThat(curve.state())
			.isEqualTo((month != null) ? PaybackState.LATER_THAN_PLANNED : PaybackState.NOT_PROJECTABLE);
	}

	@Test
	void aPlanThatNeverPaysBackIsOnPlanWhenTheActualsDo() {
		Plan never = plan("100", "100", "100", "100", "100", "0", "10");

		Curve curve = PaybackCurve.of(never, actuals("1:80"), 24);

		assertThat(curve.plannedPaybackMonth()).isNull();
		assertThat(curve.projectedPaybackMonth()).isEqualTo(1);
		assertThat(curve.state()).isEqualTo(PaybackState.ON_PLAN);
	}

	@Test
	void whatIfTheDipLastsAMonthLongerOrIsHalfAsDeepAgain() {
		// longer: -10 for four months, +10 for three, then +30: -50, -20, +10 in month 8.
		// deeper: start-up 110 + 20 = 130 (-30), learning 90 + 10 = 100 (0): -100 after
		// month 6, then +30: month 10.
		Curve curve = PaybackCurve.of(SEVEN, Map.of(), 24);

		assertThat(curve.longerDipPaybackMonth()).isEqualTo(8);
		assertThat(curve.deeperDipPaybackMonth()).isEqualTo(10);
	}

	@Test
	void theLongerDipCurveStartsEveryPhaseAMonthLater() {
		assertThat(PaybackCurve.plannedCumulative(SEVEN, 1, 10)).extracting(BigDecimal::intValue)
			.containsExactly(-20, -30, -40, -50, -40, -30, -20, 10, 40, 70);
		assertThat(PaybackCurve.plannedCumulative(SEVEN, 0, 10)).extracting(BigDecimal::intValue)
			.containsExactly(-20, -30, -40, -30, -20, -10, 20, 50, 80, 110);
	}

	@Test
	void aDipThatIsNoDipStaysTheSameHalfAsDeepAgain() {
		Plan flat = plan("100", "70", "60", "80", "80", "0", "100");

		Curve curve = PaybackCurve.of(flat, Map.of(), 24);

		assertThat(curve.deeperDipPaybackMonth()).isEqualTo(curve.plannedPaybackMonth());
		assertThat(curve.longerDipPaybackMonth()).isEqualTo(4);
		assertThat(curve.plannedPaybackMonth()).isEqualTo(4);
	}

	@ParameterizedTest(name = "start-up cost {0}, invested {1}, benefit {2}: loss {3}")
	@CsvSource({
			// the dip of the article
			"110, 0, 0, true",
			// nothing invested, no dip
			"100, 0, 0, false", "90, 0, 0, false",
			// invested, no dip: a loss until the saving has made it up
			"90, 15, 0, true",
			// invested, and made up within the first month
			"90, 10, 0, false",
			// the dip covered by planned benefits
			"110, 0, 10, false",
			// a cent of dip is a loss
			"100.01, 0, 0, true" })
	void seesALossInStartUpFromTheDipOrTheInvestment(String startUp, String invested, String benefit, boolean loss) {
		Plan plan = plan("100", startUp, "100", "80", "80", benefit, invested);

		assertThat(PaybackCurve.startUpLoss(plan)).isEqualTo(loss);
		assertThat(PaybackCurve.of(plan, Map.of(), 24).startUpLoss()).isEqualTo(loss);
	}

	static Plan plan(String baseline, String startUp, String learning, String established, String continuous,
			String benefit, String invested) {
		return new Plan(new BigDecimal(baseline),
				Map.of(Phase.START_UP, new BigDecimal(startUp), Phase.LEARNING, new BigDecimal(learning),
						Phase.ESTABLISHED, new BigDecimal(established), Phase.CONTINUOUS_DEVELOPMENT,
						new BigDecimal(continuous)),
				new BigDecimal(benefit), new BigDecimal(invested));
	}

	/** "1:110 2:95" as costs of months 1 and 2, without benefits. */
	static Map<Integer, Actual> actuals(String text) {
		Map<Integer, Actual> actuals = new HashMap<>();
		for (String pair : text.trim().split("\\s+")) {
			String[] parts = pair.split(":");
			actuals.put(Integer.parseInt(parts[0]), new Actual(new BigDecimal(parts[1]), BigDecimal.ZERO));
		}
		return actuals;
	}

}
