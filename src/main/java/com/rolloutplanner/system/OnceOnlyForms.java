package com.rolloutplanner.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Every form a page shows is done at most once: each carries a one-time id (a hidden
 * {@value #FIELD} beside the CSRF token), and a form sent again with the same id (a
 * double click, the back button and a second send, a reload of the answer) lands back on
 * its page with a sentence saying it was done already, whatever it would have done: add
 * an action, schedule a meeting, add a roadmap item. The ids are kept in the database, so
 * that two instances and two requests at the same moment agree on which came first; a
 * form sent without an id (a script of the user's own) is done as it always was.
 */
public class OnceOnlyForms implements HandlerInterceptor {

	/** The name of the hidden field. */
	public static final String FIELD = "_once";

	private static final Duration KEPT = Duration.ofDays(2);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicReference<Instant> lastCleared = new AtomicReference<>(Instant.EPOCH);

	OnceOnlyForms(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		String id = request.getParameter(FIELD);
		if (!"POST".equals(request.getMethod()) || id == null || !id.matches("[0-9a-f-]{36}")) {
			return true;
		}
		Instant now = this.clock.instant();
		clearOld(now);
		try {
			this.jdbc.sql("insert into form_submission (submission_id, sent_at) values (?, ?)")
				.params(id, Timestamp.from(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("flashMessage", "form.alreadySent");
			String page = SimultaneousChanges.pageOf(request);
			RequestContextUtils.saveOutputFlashMap(page, request, response);
			response.sendRedirect(request.getContextPath() + page);
			return false;
		}
	}

	private void clearOld(Instant now) {
		Instant last = this.lastCleared.get();
		if (last.plus(Duration.ofHours(1)).isBefore(now) && this.lastCleared.compareAndSet(last, now)) {
			this.jdbc.sql("delete from form_submission where sent_at < ?")
				.param(Timestamp.from(now.minus(KEPT)))
				.update();
		}
	}

	/**
	 * Gives every form a page writes its one-time id, beside what the framework's own
	 * processor adds (the CSRF token).
	 */
	static final class Ids implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof RequestDataValueProcessor processor && "requestDataValueProcessor".equals(beanName)) {
				return new WithId(processor);
			}
			return bean;
		}

	}

	private record WithId(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

		@Override
		public String processAction(HttpServletRequest request, String action, String httpMethod) {
			return this.delegate.processAction(request, action, httpMethod);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
			return this.delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Map<String, String> fields = new LinkedHashMap<>();
			Map<String, String> theirs = this.delegate.getExtraHiddenFields(request);
			if (theirs != null) {
				fields.putAll(theirs);
			}
			fields.put(FIELD, UUID.randomUUID().toString());
			return fields;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return this.delegate.processUrl(request, url);
		}

	}

}
