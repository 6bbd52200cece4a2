package com.rolloutplanner.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * With sessions in the database (the postgres profile), the session filter works through
 * a {@link SparingSessionRepository}: a page view that changes nothing in the session
 * writes nothing. Listed in {@code META-INF/spring/…AutoConfiguration.imports}, so that
 * it is applied after Spring Boot's JDBC session set-up and only when that set-up is on.
 */
@AutoConfiguration(after = JdbcSessionAutoConfiguration.class)
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
public class SparingSessionConfiguration {

	@Bean
	@Primary
	SparingSessionRepository sparingSessionRepository(JdbcIndexedSessionRepository sessions,
			@Value("${rollout.sessions.touch-every:60s}") Duration touchEvery) {
		return new SparingSessionRepository(sessions, touchEvery);
	}

}
