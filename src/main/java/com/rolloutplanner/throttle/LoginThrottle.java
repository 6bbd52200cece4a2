package com.rolloutplanner.throttle;

import com.rolloutplanner.account.AccountEvents;
import org.springframework.context.ApplicationEventPublisher;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.LoginLocks;
import com.rolloutplanner.account.LoginThrottledException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing without letting a stranger lock anybody out. Failures
 * count per username and client address ({@value #USER_LIMIT} within 15 minutes lock that
 * pair for 15 minutes) and per client address whatever the username
 * ({@value #ADDRESS_LIMIT}), so that failures from one address never lock the same user
 * out from another. Each attempt is counted before its password is checked, under a row
 * lock, so that parallel attempts cannot check more passwords than the limit; a success
 * takes its count back. Unknown usernames count only against the address, so the table
 * holds rows for real users only, and counters whose window and lock are over are
 * deleted. Kept in the database, so it holds across restarts and instances.
 */
@Service
public class LoginThrottle implements LoginLocks {

	static final int USER_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private static final int MAX_ADDRESS = 64;

	/**
	 * Attempts under one key take turns; a fixed set of locks keeps the memory bounded.
	 */
	private static final ReentrantLock[] STRIPES = new ReentrantLock[256];

	static {
		for (int i = 0; i < STRIPES.length; i++) {
			STRIPES[i] = new ReentrantLock();
		}
	}

	private final LoginThrottleRepository repository;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LoginThrottle(LoginThrottleRepository repository, Accounts accounts, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Starts an attempt of the username from the address. Attempts under the same key
	 * wait for each other, so that parallel guesses are checked one after another against
	 * the count. The caller must end the attempt with {@link #failed}, {@link #succeeded}
	 * or {@link Attempt#close()}.
	 * @throws LoginThrottledException when the username from this address, or the
	 * address, is locked
	 */
	public Attempt begin(String username, String address) {
		String name = Accounts.normalised((username != null) ? username : "");
		String from = clip(address);
		List<String> keys = new ArrayList<>();
		if (!name.isEmpty() && name.length() <= 100 && this.accounts.exists(name)) {
			keys.add(userKey(name, from));
		}
		keys.add(addressKey(from));
		ReentrantLock stripe = STRIPES[Math.floorMod(keys.get(0).hashCode(), STRIPES.length)];
		stripe.lock();
		Attempt attempt = new Attempt(name, from, keys, stripe);
		Instant now = this.clock.instant();
		boolean locked = keys.stream()
			.map(this.repository::findById)
			.anyMatch((entry) -> entry.isPresent() && entry.get().isLockedAt(now));
		if (locked) {
			attempt.close();
			throw new LoginThrottledException(name);
		}
		return attempt;
	}

	/**
	 * The password was wrong: every key of the attempt counts a failure, and may lock.
	 */
	public void failed(Attempt attempt) {
		try {
			countFailure(attempt);
		}
		catch (DataIntegrityViolationException ex) {
			// Another username from the same address created the address's counter just
			// now.
			countFailure(attempt);
		}
	}

	private void countFailure(Attempt attempt) {
		this.transactions.executeWithoutResult((status) -> {
			Instant now = this.clock.instant();
			for (String key : attempt.keys()) {
				LoginThrottleEntry entry = this.repository.lockById(key)
					.orElseGet(() -> this.repository.saveAndFlush(new LoginThrottleEntry(key,
							key.startsWith("user:") ? attempt.username() : null, attempt.address())));
				entry.recordFailure(now, (entry.getUsername() != null) ? USER_LIMIT : ADDRESS_LIMIT, WINDOW, LOCK);
				this.repository.saveAndFlush(entry);
			}
			this.repository.deleteExpired(now.minus(WINDOW), now);
		});
	}

	/** The attempt succeeded: the username's count from the address starts again. */
	public void succeeded(Attempt attempt) {
		this.transactions.executeWithoutResult((status) -> attempt.keys()
			.stream()
			.filter((key) -> key.startsWith("user:"))
			.forEach(this.repository::deleteById));
	}

	@Override
	public List<Lock> locks() {
		return this.transactions.execute((status) -> this.repository.findLockedAt(this.clock.instant())
			.stream()
			.map((entry) -> new Lock(entry.getUsername(), entry.getAddress(), entry.getLockedUntil()))
			.toList());
	}

	@Override
	public void unlock(String username, String actor) {
		this.transactions.executeWithoutResult((status) -> {
			this.repository.deleteByUsername(username);
			this.events.publishEvent(new AccountEvents.LoginUnlocked(username, actor));
		});
	}

	private static String userKey(String username, String address) {
		return "user:" + username + "@" + address;
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static String clip(String address) {
		String known = (address == null || address.isBlank()) ? "unknown" : address.strip();
		return (known.length() > MAX_ADDRESS) ? known.substring(0, MAX_ADDRESS) : known;
	}

	/**
	 * One login attempt under these keys; closing it lets the next attempt under its key
	 * go.
	 */
	public record Attempt(String username, String address, List<String> keys,
			ReentrantLock stripe) implements AutoCloseable {

		@Override
		public void close() {
			if (this.stripe.isHeldByCurrentThread()) {
				this.stripe.unlock();
			}
		}

	}

}
