package com.rolloutplanner.throttle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LoginThrottleRepository extends Repository<LoginThrottleEntry, String> {

	Optional<LoginThrottleEntry> findById(String key);

	/** The entry, locked against concurrent attempts until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from LoginThrottleEntry e where e.throttleKey = :key")
	Optional<LoginThrottleEntry> lockById(String key);

	LoginThrottleEntry saveAndFlush(LoginThrottleEntry entry);

	void deleteById(String key);

	/** The usernames locked now, with the addresses and until when. */
	@Query("select e from LoginThrottleEntry e where e.username is not null and e.lockedUntil > :now "
			+ "order by e.username, e.address")
	List<LoginThrottleEntry> findLockedAt(Instant now);

	@Modifying
	@Query("delete from LoginThrottleEntry e where e.username = :username")
	int deleteByUsername(String username);

	/** Forgets counters whose window and lock are both over. */
	@Modifying
	@Query("delete from LoginThrottleEntry e where (e.windowStart is null or e.windowStart < :before) "
			+ "and (e.lockedUntil is null or e.lockedUntil < :now)")
	int deleteExpired(Instant before, Instant now);

}
