package com.rolloutplanner.system;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Sets the shared {@link TestClock} back to the tests' moment, and lets the
 * {@link TestTaskExecutor} run everything, before every test.
 */
public class TestClockReset implements TestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) {
		testContext.getApplicationContext().getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
		testContext.getApplicationContext()
			.getBeanProvider(TestTaskExecutor.class)
			.ifAvailable(TestTaskExecutor::reset);
	}

}
