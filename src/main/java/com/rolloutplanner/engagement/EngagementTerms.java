package com.rolloutplanner.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.phase.DateWindow;

/**
 * Everything a client and a partner agree on for one engagement, as plain values: what
 * the form (or any other entry point) maps to, and what the aggregate checks.
 */
public record EngagementTerms(String name, Organisation client, Organisation partner, Set<ServiceChannel> channels,
		LocalDate goLiveDate, ContractModel contractModel, int contractMonths, Integer onboardingHours,
		Long onboardingBudgetEur, Integer expectedPaybackMonth, String learningPlan, String description,
		List<Goal> goals, String service) {

	public static final int MAX_NAME = 200;

	public static final int MAX_TEXT = 4000;

	/** The longest name of a service that several proposals share. */
	public static final int MAX_SERVICE = 200;

	public static final int MIN_CONTRACT_MONTHS = 1;

	public static final int MAX_CONTRACT_MONTHS = 240;

	public static final int MAX_PAYBACK_MONTH = 120;

	/** The most hours of onboarding an engagement may plan. */
	public static final int MAX_ONBOARDING_HOURS = 1_000_000;

	/**
	 * The largest onboarding budget (under a thousand million, like the business case's
	 * amounts).
	 */
	public static final long MAX_ONBOARDING_BUDGET = 999_999_999L;

	public EngagementTerms {
		require(name != null && !name.isBlank() && name.strip().length() <= MAX_NAME, "name");
		require(client != null && partner != null, "client and partner");
		require(client != partner && (client.getId() == null || !client.getId().equals(partner.getId())),
				"client and partner must differ");
		require(DateWindow.contains(goLiveDate),
				"go-live date between " + DateWindow.FIRST + " and " + DateWindow.LAST);
		require(contractModel != null, "contract model");
		require(contractMonths >= MIN_CONTRACT_MONTHS && contractMonths <= MAX_CONTRACT_MONTHS, "contract months");
		require(onboardingHours == null || (onboardingHours >= 0 && onboardingHours <= MAX_ONBOARDING_HOURS),
				"onboarding hours");
		require(onboardingBudgetEur == null
				|| (onboardingBudgetEur >= 0 && onboardingBudgetEur <= MAX_ONBOARDING_BUDGET), "onboarding budget");
		require(expectedPaybackMonth == null
				|| (expectedPaybackMonth >= 1 && expectedPaybackMonth <= MAX_PAYBACK_MONTH), "payback month");
		require(learningPlan == null || learningPlan.length() <= MAX_TEXT, "learning plan");
		require(description == null || description.length() <= MAX_TEXT, "description");
		require(goals.stream().map(Goal::getType).distinct().count() == goals.size(), "each goal type at most once");
		require(service == null || service.strip().length() <= MAX_SERVICE, "service");
		name = name.strip();
		channels = Set.copyOf(channels);
		learningPlan = Texts.blankToNull(learningPlan);
		description = Texts.blankToNull(description);
		goals = List.copyOf(goals);
		service = (service == null || service.isBlank()) ? null : service.strip().replaceAll("\\s+", " ");
	}

	/** Terms without a service shared with other proposals. */
	public EngagementTerms(String name, Organisation client, Organisation partner, Set<ServiceChannel> channels,
			LocalDate goLiveDate, ContractModel contractModel, int contractMonths, Integer onboardingHours,
			Long onboardingBudgetEur, Integer expectedPaybackMonth, String learningPlan, String description,
			List<Goal> goals) {
		this(name, client, partner, channels, goLiveDate, contractModel, contractMonths, onboardingHours,
				onboardingBudgetEur, expectedPaybackMonth, learningPlan, description, goals, null);
	}

	private static void require(boolean condition, String what) {
		if (!condition) {
			throw new IllegalArgumentException("Invalid engagement terms: " + what);
		}
	}

}
