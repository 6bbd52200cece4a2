package com.rolloutplanner.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** What every integration test's context adds: the one movable clock. */
@TestConfiguration(proxyBeanMethods = false)
public class IntegrationTestConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

}
