package com.rolloutplanner.engagement;

import java.time.LocalDate;

import org.springframework.ui.Model;

import com.rolloutplanner.account.CurrentUser;

/**
 * A part of the engagement overview that another module contributes (the gates and the
 * charter, for example), so that the overview depends on none of them.
 */
public interface OverviewSection {

	/** Adds what the section shows to the model of a visible engagement's overview. */
	void addTo(Model model, Long engagementId, CurrentUser user, LocalDate asOf);

}
