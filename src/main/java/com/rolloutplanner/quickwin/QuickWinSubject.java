package com.rolloutplanner.quickwin;

import java.util.List;

/**
 * What the quick-win rules look at, as plain values taken from an engagement and its
 * plans.
 *
 * @param pilotOrTrial whether the contract is a pilot or trial period
 * @param contractMonths the length of the commitment
 * @param expectedPaybackMonth month after go-live by which payback is expected, if set
 * @param onboardingHours onboarding hours planned, if any
 * @param onboardingBudgetEur onboarding budget planned, if any
 * @param learningPlan the plan for the learning-period dip, if any
 * @param description the description, if any
 * @param goals the goals with their target months
 * @param roadmapItems the roadmap items, once the engagement has a roadmap
 * @param plannedPayback what the business case's planned curve says, if there is one
 * @param serviceTerms the service levels agreed for the KPIs
 */
public record QuickWinSubject(boolean pilotOrTrial, int contractMonths, Integer expectedPaybackMonth,
		Integer onboardingHours, Long onboardingBudgetEur, String learningPlan, String description, List<Target> goals,
		List<PlanItem> roadmapItems, PlannedPayback plannedPayback, List<ServiceTerm> serviceTerms) {

	public QuickWinSubject {
		goals = List.copyOf(goals);
		roadmapItems = List.copyOf(roadmapItems);
		serviceTerms = List.copyOf(serviceTerms);
	}

	/** A subject without a business case. */
	public QuickWinSubject(boolean pilotOrTrial, int contractMonths, Integer expectedPaybackMonth,
			Integer onboardingHours, Long onboardingBudgetEur, String learningPlan, String description,
			List<Target> goals, List<PlanItem> roadmapItems) {
		this(pilotOrTrial, contractMonths, expectedPaybackMonth, onboardingHours, onboardingBudgetEur, learningPlan,
				description, goals, roadmapItems, null, List.of());
	}

	/** This subject with the roadmap items and targets that other features contribute. */
	public QuickWinSubject with(Contribution contribution) {
		List<Target> targets = new java.util.ArrayList<>(this.goals);
		targets.addAll(contribution.targets());
		List<PlanItem> items = new java.util.ArrayList<>(this.roadmapItems);
		items.addAll(contribution.items());
		PlannedPayback payback = (contribution.payback() != null) ? contribution.payback() : this.plannedPayback;
		List<ServiceTerm> terms = new java.util.ArrayList<>(this.serviceTerms);
		terms.addAll(contribution.serviceTerms());
		return new QuickWinSubject(this.pilotOrTrial, this.contractMonths, this.expectedPaybackMonth,
				this.onboardingHours, this.onboardingBudgetEur, this.learningPlan, this.description, targets, items,
				payback, terms);
	}

	/** This subject with another planned payback (the business case as typed). */
	public QuickWinSubject withPayback(PlannedPayback payback) {
		return new QuickWinSubject(this.pilotOrTrial, this.contractMonths, this.expectedPaybackMonth,
				this.onboardingHours, this.onboardingBudgetEur, this.learningPlan, this.description, this.goals,
				this.roadmapItems, payback, this.serviceTerms);
	}

	/**
	 * The service level agreed for a KPI, as the rules read it.
	 *
	 * @param kpiName the KPI's name
	 * @param id a stable identity for acknowledgements (the KPI's id)
	 * @param creditPercent what a missed month credits (0: measured only)
	 * @param firstMonth the month of the first target (1: no credit holiday)
	 * @param firstTargetAtKpiTarget whether the first target is at or beyond the KPI's
	 * own target
	 * @param strictStartUpMonths the months of start-up (1–3) outside the holiday whose
	 * target is stricter than the worst edge of the band expected that month
	 */
	public record ServiceTerm(String kpiName, String id, int creditPercent, int firstMonth,
			boolean firstTargetAtKpiTarget, List<Integer> strictStartUpMonths) {

		public ServiceTerm {
			strictStartUpMonths = List.copyOf(strictStartUpMonths);
		}

	}

	/**
	 * What the planned curve of a business case says.
	 *
	 * @param month the first month whose planned cumulative net benefit is ≥ 0, or
	 * {@code null} when it never is
	 * @param startUpLoss whether the plan shows a loss in some month of start-up
	 */
	public record PlannedPayback(Integer month, boolean startUpLoss) {
	}

	/**
	 * Something expected by a month after go-live: a goal, or a KPI's target.
	 *
	 * @param label what it is: a {@link Flag.Label} or a name as written
	 * @param id a stable identity for acknowledgements (e.g. the goal type)
	 * @param month the target month after go-live
	 * @param description the words people wrote about it, if any
	 * @param field where it is edited: {@code goals} or {@code kpis}
	 */
	public record Target(Object label, String id, int month, String description, String field) {

		public static Target goal(String type, int month, String description) {
			return new Target(new Flag.Label("goalType." + type), type, month, description, "goals");
		}

	}

	/** What another feature adds to the subject of one engagement. */
	public record Contribution(List<PlanItem> items, List<Target> targets, PlannedPayback payback,
			List<ServiceTerm> serviceTerms) {

		public static final Contribution NONE = new Contribution(List.of(), List.of());

		public Contribution {
			items = List.copyOf(items);
			targets = List.copyOf(targets);
			serviceTerms = List.copyOf(serviceTerms);
		}

		public Contribution(List<PlanItem> items, List<Target> targets) {
			this(items, targets, null, List.of());
		}

		/** What a business case adds. */
		public static Contribution of(PlannedPayback payback) {
			return new Contribution(List.of(), List.of(), payback, List.of());
		}

		/** What the service levels add. */
		public static Contribution ofTerms(List<ServiceTerm> terms) {
			return new Contribution(List.of(), List.of(), null, terms);
		}

	}

	/**
	 * A roadmap item.
	 *
	 * @param title its title
	 * @param description its description, if any
	 * @param monthsAfterGoLive whole months between go-live and its due date (negative
	 * before go-live)
	 * @param addressesDip whether it is dedicated to the start-up and learning dip
	 */
	public record PlanItem(String title, String description, int monthsAfterGoLive, boolean addressesDip) {
	}

}
