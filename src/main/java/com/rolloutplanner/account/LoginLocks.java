package com.rolloutplanner.account;

import java.time.Instant;
import java.util.List;

/**
 * The login locks an administrator sees on the users page and lifts; implemented by the
 * login throttle.
 */
public interface LoginLocks {

	/** The users locked out now, from which address and until when. */
	List<Lock> locks();

	/**
	 * Lifts every lock and count of a username, from every address, as an administrator
	 * asked ({@link AccountEvents.LoginUnlocked}).
	 */
	void unlock(String username, String actor);

	/** A lock of a username from an address. */
	record Lock(String username, String address, Instant until) {
	}

}
