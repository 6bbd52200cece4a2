package com.rolloutplanner.quickwin;

import java.util.Optional;

import com.rolloutplanner.account.Access;

/**
 * Where the quick-win module finds what an engagement says about itself: implemented by
 * the module that owns engagements, so that this module depends on none of it.
 */
public interface QuickWinSubjects {

	/**
	 * The go-live and the subject of an engagement the reader may see.
	 * @throws RuntimeException the owner's "not found" (a 404) when it is missing or
	 * hidden
	 */
	QuickWinAssessor.Subject subjectOf(Long engagementId, Access access);

	/**
	 * The go-live and the subject of an engagement, whoever reads; empty when it does not
	 * (or no longer) exist.
	 */
	Optional<QuickWinAssessor.Subject> findSubject(Long engagementId);

}
