package com.rolloutplanner.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.session.MapSession;

import static org.assertj.core.api.Assertions.assertThat;

class SparingSessionRepositoryTests {

	static final Instant STORED = Instant.parse("2026-11-29T09:00:00Z");

	static final Duration MINUTE = Duration.ofMinutes(1);

	@Test
	void aRequestWithinTheMinuteLeavesTheStoredAccessTimeAsItWas() {
		MapSession stored = storedAt(STORED);
		var session = new SparingSessionRepository.SparingSession(stored, MINUTE);

		session.setLastAccessedTime(STORED.plusSeconds(59));

		assertThat(stored.getLastAccessedTime()).isEqualTo(STORED);
		assertThat(session.getLastAccessedTime()).isEqualTo(STORED);
	}

	@Test
	void aRequestAMinuteOrMoreLaterMovesTheAccessTimeAndSoTheEndOfTheSession() {
		MapSession atTheMinute = storedAt(STORED);
		new SparingSessionRepository.SparingSession(atTheMinute, MINUTE).setLastAccessedTime(STORED.plus(MINUTE));
		MapSession later = storedAt(STORED);
		new SparingSessionRepository.SparingSession(later, MINUTE).setLastAccessedTime(STORED.plusSeconds(3600));

		assertThat(atTheMinute.getLastAccessedTime()).isEqualTo(STORED.plus(MINUTE));
		assertThat(later.getLastAccessedTime()).isEqualTo(STORED.plusSeconds(3600));
	}

	@Test
	void everythingElseIsTheStoredSessions() {
		MapSession stored = storedAt(STORED);
		var session = new SparingSessionRepository.SparingSession(stored, MINUTE);

		session.setAttribute("lang", "fi");
		session.setMaxInactiveInterval(Duration.ofHours(8));
		String newId = session.changeSessionId();

		assertThat(stored.<String>getAttribute("lang")).isEqualTo("fi");
		assertThat(session.<String>getAttribute("lang")).isEqualTo("fi");
		assertThat(session.getAttributeNames()).containsExactly("lang");
		assertThat(stored.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(8));
		assertThat(session.getId()).isEqualTo(newId).isEqualTo(stored.getId());
		assertThat(session.getCreationTime()).isEqualTo(stored.getCreationTime());
		session.removeAttribute("lang");
		assertThat(stored.getAttributeNames()).isEmpty();
	}

	private static MapSession storedAt(Instant lastAccessed) {
		MapSession session = new MapSession();
		session.setCreationTime(lastAccessed.minusSeconds(600));
		session.setLastAccessedTime(lastAccessed);
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		return session;
	}

}
