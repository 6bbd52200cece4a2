package com.rolloutplanner.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * What every integration test's context adds: the one movable clock, the module listeners
 * run right after the commit on the committing thread ({@link TestTaskExecutor}), and the
 * tests' mail server ({@link TestSmtp}).
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

	@Bean
	JavaMailSender testMailSender() {
		return TestSmtp.sender();
	}

}
