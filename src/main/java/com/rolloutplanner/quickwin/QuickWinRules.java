package com.rolloutplanner.quickwin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.rolloutplanner.quickwin.Flag.Label;
import com.rolloutplanner.quickwin.QuickWinSubject.PlanItem;
import com.rolloutplanner.quickwin.QuickWinSubject.Target;

/**
 * Flags every expectation of a quick win in an engagement, each explained by the tip of
 * the source text that it breaks. Plain Java: values in, flags out.
 */
public final class QuickWinRules {

	/** Established production, when goals are reached and payback starts, begins here. */
	static final int ESTABLISHED_MONTH = 6;

	/** Established production is over, and the benefits realised, after this month. */
	static final int LONG_TERM_MONTH = 9;

	/** A target up to this month falls in start-up: critical rather than a warning. */
	static final int START_UP_LAST_MONTH = 3;

	private static final Comparator<Flag> ORDER = Comparator.comparing(Flag::severity)
		.thenComparing(Flag::code)
		.thenComparing(Flag::finding);

	private QuickWinRules() {
	}

	public static List<Flag> check(QuickWinSubject subject) {
		List<Flag> flags = new ArrayList<>();
		if (subject.pilotOrTrial()) {
			flags.add(new Flag(FlagCode.PILOT_MODEL, Severity.CRITICAL, "contractModel", "PILOT", List.of()));
		}
		if (subject.contractMonths() < LONG_TERM_MONTH) {
			flags.add(new Flag(FlagCode.SHORT_COMMITMENT, Severity.CRITICAL, "contractMonths",
					"months=" + subject.contractMonths(), List.of(subject.contractMonths())));
		}
		for (Target goal : subject.goals()) {
			if (goal.month() < ESTABLISHED_MONTH) {
				flags.add(new Flag(FlagCode.EARLY_GOAL, earliness(goal.month()), goal.field(),
						goal.id() + "@" + goal.month(), List.of(goal.label(), goal.month())));
			}
		}
		Integer payback = subject.expectedPaybackMonth();
		if (payback != null && payback < ESTABLISHED_MONTH) {
			flags.add(new Flag(FlagCode.EARLY_PAYBACK, earliness(payback), "expectedPaybackMonth", "month=" + payback,
					List.of(payback)));
		}
		flags.addAll(money(subject));
		// One fact of the engagement's terms, which the business case values too.
		if (isNothing(subject.onboardingHours()) && isNothing(subject.onboardingBudgetEur())) {
			flags.add(new Flag(FlagCode.NO_ONBOARDING_INVESTMENT, Severity.WARNING, "onboardingHours", "none",
					List.of()));
		}
		if (!hasLearningPlan(subject)) {
			flags.add(new Flag(FlagCode.NO_LEARNING_PLAN, Severity.WARNING, "learningPlan", "none", List.of()));
		}
		if (!looksBeyondMonthNine(subject)) {
			flags.add(new Flag(FlagCode.NO_LONG_TERM_ROADMAP, Severity.WARNING, "goals", "none", List.of()));
		}
		flags.addAll(serviceLevels(subject));
		flags.addAll(wording(subject));
		flags.sort(ORDER);
		return List.copyOf(flags);
	}

	/** Most months the typed payback month may differ from the business case's. */
	static final int PAYBACK_TOLERANCE = 2;

	/** What the business case's planned curve says against the journey. */
	private static List<Flag> money(QuickWinSubject subject) {
		QuickWinSubject.PlannedPayback plan = subject.plannedPayback();
		if (plan == null) {
			return List.of();
		}
		List<Flag> flags = new ArrayList<>();
		Integer month = plan.month();
		Object when = (month != null) ? new Label("businessCase.payback.inMonth", month)
				: new Label("businessCase.payback.never");
		if (month != null && month < ESTABLISHED_MONTH) {
			flags.add(new Flag(FlagCode.EARLY_PLANNED_PAYBACK, earliness(month), "businessCase", "plan:month=" + month,
					List.of(month)));
		}
		if (month == null || month > subject.contractMonths()) {
			flags.add(new Flag(FlagCode.PAYBACK_AFTER_CONTRACT, Severity.CRITICAL, "businessCase",
					"contract=" + subject.contractMonths() + ":payback=" + month,
					List.of(subject.contractMonths(), when)));
		}
		Integer typed = subject.expectedPaybackMonth();
		if (typed != null && (month == null || Math.abs(typed - month) > PAYBACK_TOLERANCE)) {
			flags.add(new Flag(FlagCode.PAYBACK_MONTH_MISMATCH, Severity.WARNING, "expectedPaybackMonth",
					"typed=" + typed + ":plan=" + month, List.of(typed, when)));
		}
		if (!plan.startUpLoss()) {
			flags.add(new Flag(FlagCode.NO_START_UP_LOSS, Severity.WARNING, "businessCase", "none", List.of()));
		}
		return flags;
	}

	/**
	 * Service levels that expect no dip: credits from the first month at the KPI's own
	 * target (critical), or, short of that, start-up targets outside the holiday stricter
	 * than the band the journey expects (credits are then to be expected on a normal
	 * journey). A service level without credits is only measured and never flagged.
	 */
	private static List<Flag> serviceLevels(QuickWinSubject subject) {
		List<Flag> flags = new ArrayList<>();
		for (QuickWinSubject.ServiceTerm term : subject.serviceTerms()) {
			if (term.creditPercent() == 0) {
				continue;
			}
			if (term.firstMonth() == 1 && term.firstTargetAtKpiTarget()) {
				flags.add(new Flag(FlagCode.FULL_SERVICE_LEVEL_FROM_GO_LIVE, Severity.CRITICAL, "serviceLevels",
						"full:" + term.id(), List.of(term.kpiName(), term.creditPercent())));
			}
			else if (!term.strictStartUpMonths().isEmpty()) {
				int first = term.strictStartUpMonths().get(0);
				flags.add(new Flag(FlagCode.CREDITS_EXPECTED_IN_START_UP, Severity.WARNING, "serviceLevels",
						"startUp:" + term.id() + "@" + first, List.of(term.kpiName(), first)));
			}
		}
		return flags;
	}

	private static Severity earliness(int month) {
		return (month <= START_UP_LAST_MONTH) ? Severity.CRITICAL : Severity.WARNING;
	}

	private static boolean isNothing(Number amount) {
		return amount == null || amount.longValue() == 0;
	}

	private static boolean hasLearningPlan(QuickWinSubject subject) {
		boolean written = subject.learningPlan() != null && !subject.learningPlan().isBlank();
		return written || subject.roadmapItems().stream().anyMatch(PlanItem::addressesDip);
	}

	private static boolean looksBeyondMonthNine(QuickWinSubject subject) {
		return subject.goals()
			.stream()
			.anyMatch((goal) -> goal.field().equals("goals") && goal.month() >= LONG_TERM_MONTH)
				|| subject.roadmapItems().stream().anyMatch((item) -> item.monthsAfterGoLive() >= LONG_TERM_MONTH);
	}

	private static List<Flag> wording(QuickWinSubject subject) {
		List<Flag> flags = new ArrayList<>();
		wording(flags, "description", "description", new Label("field.description"), subject.description());
		wording(flags, "learningPlan", "learningPlan", new Label("field.learningPlan"), subject.learningPlan());
		for (Target goal : subject.goals()) {
			wording(flags, goal.field(), "goal:" + goal.id(), new Label("field.goalDescription", goal.label()),
					goal.description());
		}
		for (PlanItem item : subject.roadmapItems()) {
			wording(flags, "roadmap", "roadmap:" + item.title(), new Label("field.roadmapItem", item.title()),
					item.title() + "\n" + nullToEmpty(item.description()));
		}
		return flags;
	}

	private static void wording(List<Flag> flags, String field, String where, Label fieldLabel, String text) {
		List<String> phrases = WordingDetector.find(text);
		if (!phrases.isEmpty()) {
			String quoted = String.join("”, “", phrases);
			flags.add(new Flag(FlagCode.QUICK_WIN_WORDING, Severity.WARNING, field,
					where + ":" + String.join("|", phrases).toLowerCase(Locale.ROOT),
					List.of("“" + quoted + "”", fieldLabel)));
		}
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
