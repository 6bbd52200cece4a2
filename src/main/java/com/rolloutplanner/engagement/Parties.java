package com.rolloutplanner.engagement;

import java.time.LocalDate;

/**
 * The narrow view of an engagement that access checks and other modules need: who the two
 * parties are, when the service went live, for how many months and what it invests in
 * onboarding, read without loading the aggregate.
 */
public record Parties(Long engagementId, String name, Long clientId, Long partnerId, LocalDate goLive,
		int contractMonths, Onboarding onboarding) {

	/** As the query reads it: the onboarding as its two columns. */
	public Parties(Long engagementId, String name, Long clientId, Long partnerId, LocalDate goLive, int contractMonths,
			Integer onboardingHours, Long onboardingBudget) {
		this(engagementId, name, clientId, partnerId, goLive, contractMonths,
				new Onboarding(onboardingHours, onboardingBudget));
	}

	/**
	 * The side of an organisation in this engagement, {@code null} when it is neither.
	 */
	public Side sideOf(Long organisationId) {
		if (organisationId == null) {
			return null;
		}
		if (organisationId.equals(this.clientId)) {
			return Side.CLIENT;
		}
		return organisationId.equals(this.partnerId) ? Side.PARTNER : null;
	}

}
