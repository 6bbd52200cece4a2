package com.rolloutplanner.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * What every integration test's context adds: the one movable clock, and the module
 * listeners run right after the commit on the committing thread
 * ({@link TestTaskExecutor}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class IntegrationTestConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

	/**
	 * The executor of {@code @Async} (found by its name), and so of the module listeners.
	 */
	@Bean(name = "taskExecutor")
	TestTaskExecutor taskExecutor() {
		return new TestTaskExecutor();
	}

}
