package com.rolloutplanner.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
public class LoginThrottle {

	static final int USER_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private static final int MAX_ADDRESS = 64;

	private final LoginThrottleRepository repository;

	private final UserAccountRepository accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LoginThrottle(LoginThrottleRepository repository, UserAccountRepository accounts,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Counts an attempt of the username from the address as failed until
	 * {@link #succeeded(Attempt)} says otherwise.
	 * @throws LoginThrottledException when the username from this address, or the
	 * address, is locked
	 */
	public Attempt begin(String username, String address) {
		String name = UserAccount.normalise((username != null) ? username : "");
		String from = clip(address);
		List<String> keys = new ArrayList<>();
		if (!name.isEmpty() && name.length() <= 100 && this.accounts.existsByUsername(name)) {
			keys.add(userKey(name, from));
		}
		keys.add(addressKey(from));
		Attempt attempt = new Attempt(name, from, keys);
		try {
			reserve(attempt);
		}
		catch (DataIntegrityViolationException ex) {
			// Two first attempts created the same counter at once: the second try finds
			// it.
			reserve(attempt);
		}
		return attempt;
	}

	private void reserve(Attempt attempt) {
		this.transactions.executeWithoutResult((status) -> {
			Instant now = this.clock.instant();
			List<LoginThrottleEntry> entries = attempt.keys()
				.stream()
				.map((key) -> this.repository.lockById(key)
					.orElseGet(() -> this.repository.saveAndFlush(new LoginThrottleEntry(key,
							key.startsWith("user:") ? attempt.username() : null, attempt.address()))))
				.toList();
			if (entries.stream().anyMatch((entry) -> entry.isLockedAt(now))) {
				throw new LoginThrottledException(attempt.username());
			}
			entries.forEach((entry) -> {
				entry.recordFailure(now, (entry.getUsername() != null) ? USER_LIMIT : ADDRESS_LIMIT, WINDOW, LOCK);
				this.repository.saveAndFlush(entry);
			});
			this.repository.deleteExpired(now.minus(WINDOW), now);
		});
	}

	/** The attempt succeeded: the username's count from the address starts again. */
	public void succeeded(Attempt attempt) {
		this.transactions.executeWithoutResult((status) -> {
			attempt.keys().stream().filter((key) -> key.startsWith("user:")).forEach(this.repository::deleteById);
			this.repository.lockById(addressKey(attempt.address())).ifPresent((entry) -> {
				entry.forgiveOne();
				this.repository.saveAndFlush(entry);
			});
		});
	}

	/** The users locked out now, from which address and until when. */
	List<Lock> locks() {
		return this.transactions.execute((status) -> this.repository.findLockedAt(this.clock.instant())
			.stream()
			.map((entry) -> new Lock(entry.getUsername(), entry.getAddress(), entry.getLockedUntil()))
			.toList());
	}

	/** Lifts every lock and count of a username, from every address. */
	void unlock(String username) {
		this.transactions.executeWithoutResult((status) -> this.repository.deleteByUsername(username));
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

	/** One login attempt, counted in advance under these keys. */
	public record Attempt(String username, String address, List<String> keys) {
	}

	/** A lock of a username from an address. */
	record Lock(String username, String address, Instant until) {
	}

}
