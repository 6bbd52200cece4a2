package com.rolloutplanner.engagement;

import java.util.Optional;

import com.rolloutplanner.account.Access;

/**
 * The state of an engagement as a reader sees it, so that its overview can be kept
 * rendered while nothing it shows has changed: a value that is different after every
 * change to the engagement or to anything of it, and after its organisations are renamed;
 * empty when the engagement does not exist or the reader may not see it. Provided by the
 * module that writes such a value with every change (the listing), so that the overview
 * depends on none of them.
 */
public interface OverviewVersions {

	Optional<Version> of(Long engagementId, Access access);

	/** The state (only ever compared) and the engagement's name. */
	record Version(Object state, String name) {
	}

}
