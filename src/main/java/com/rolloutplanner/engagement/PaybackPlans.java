package com.rolloutplanner.engagement;

import java.util.Optional;

import com.rolloutplanner.quickwin.QuickWinSubject.PlannedPayback;

/**
 * Where the check of typed terms finds what an engagement's saved business case plans,
 * valued with the onboarding as typed: implemented by the module that owns business
 * cases, so that this module depends on none of it.
 */
public interface PaybackPlans {

	/** The planned payback of the engagement's business case, if it has one. */
	Optional<PlannedPayback> plannedPayback(Long engagementId, Onboarding onboarding);

}
