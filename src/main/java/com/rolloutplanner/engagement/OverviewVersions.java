package com.rolloutplanner.engagement;

import java.util.Optional;

import com.rolloutplanner.account.Access;

/**
 * The version of an engagement as its overview shows it: a number that is new after every
 * change to the engagement or to anything of it, and after its organisations are renamed;
 * empty when the engagement does not exist or the reader may not see it. Provided by the
 * module that writes such a number with every change (the listing), so that the overview
 * depends on none of the modules that change it.
 */
public interface OverviewVersions {

	Optional<Long> of(Long engagementId, Access access);

}
