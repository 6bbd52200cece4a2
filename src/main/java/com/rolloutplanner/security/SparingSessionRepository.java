package com.rolloutplanner.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Sessions in the database, written only when something in them changed. Spring Session
 * stamps every request's time on its session, which makes every page view, even a read, a
 * write transaction (an update and a commit that waits for the disk). Here the stamp is
 * kept only when the stored one is at least {@code touchEvery} old: a session still ends
 * after its idle time, at most {@code touchEvery} earlier than with a stamp per request,
 * and a read costs no write. Attribute changes, new sessions, new ids and logouts are
 * written as before.
 */
public final class SparingSessionRepository
		implements FindByIndexNameSessionRepository<SparingSessionRepository.SparingSession> {

	private final FindByIndexNameSessionRepository<Session> sessions;

	private final Duration touchEvery;

	@SuppressWarnings("unchecked")
	public SparingSessionRepository(FindByIndexNameSessionRepository<? extends Session> sessions, Duration touchEvery) {
		this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
		this.touchEvery = touchEvery;
	}

	@Override
	public SparingSession createSession() {
		return new SparingSession(this.sessions.createSession(), this.touchEvery);
	}

	@Override
	public void save(SparingSession session) {
		this.sessions.save(session.session);
	}

	@Override
	public @Nullable SparingSession findById(String id) {
		Session session = this.sessions.findById(id);
		return (session != null) ? new SparingSession(session, this.touchEvery) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, SparingSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, SparingSession> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new SparingSession(session, this.touchEvery)));
		return found;
	}

	/**
	 * A stored session whose access time moves only in steps of at least
	 * {@code touchEvery}.
	 */
	public static final class SparingSession implements Session {

		private final Session session;

		private final Duration touchEvery;

		SparingSession(Session session, Duration touchEvery) {
			this.session = session;
			this.touchEvery = touchEvery;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(this.touchEvery))) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
