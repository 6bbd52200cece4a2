package com.rolloutplanner.api;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A write sent with an {@code Idempotency-Key} header is done at most once for its
 * caller: the same key again (a retry after a lost answer, two sends at the same moment)
 * is refused with a 409 naming the header, and nothing is done twice. The keys are kept
 * with the pages' one-time form ids (two days). A key is 1 to 100 letters, digits, '-' or
 * '_'.
 */
@Configuration(proxyBeanMethods = false)
class ApiIdempotency implements WebMvcConfigurer {

	static final String HEADER = "Idempotency-Key";

	private final ObjectProvider<JdbcClient> jdbc;

	private final Clock clock;

	ApiIdempotency(ObjectProvider<JdbcClient> jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		this.jdbc.ifAvailable((jdbc) -> registry.addInterceptor(new Keys(jdbc, this.clock)).addPathPatterns("/api/**"));
	}

	private record Keys(JdbcClient jdbc, Clock clock) implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String key = request.getHeader(HEADER);
			if (key == null || !List.of("POST", "PUT", "PATCH", "DELETE").contains(request.getMethod())) {
				return true;
			}
			if (!key.matches("[A-Za-z0-9_-]{1,100}")) {
				throw ApiException.badRequest(HEADER, "api.idempotency.invalid");
			}
			String caller = (request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "";
			String id = UUID.nameUUIDFromBytes(("api\u0000" + caller + "\u0000" + key).getBytes(StandardCharsets.UTF_8))
				.toString();
			try {
				this.jdbc.sql("insert into form_submission (submission_id, sent_at) values (?, ?)")
					.params(id, Timestamp.from(this.clock.instant()))
					.update();
				return true;
			}
			catch (DuplicateKeyException ex) {
				throw new ApiException(HttpStatus.CONFLICT,
						List.of(new ApiException.Rejected(HEADER, "api.idempotency.repeated", new Object[0])));
			}
		}

	}

}
