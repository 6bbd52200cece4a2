package com.rolloutplanner.system;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.task.TaskExecutor;

/**
 * What runs the module listeners ({@code @ApplicationModuleListener}) in tests: on the
 * thread whose change committed, right after the commit, so that a test sees the mails of
 * a change as soon as the change returns (in production they run on the task executor's
 * threads). {@link #dropNext} stands for the application stopping between a commit and
 * its listeners: the next tasks are never run.
 */
public class TestTaskExecutor implements TaskExecutor {

	private final AtomicInteger dropping = new AtomicInteger();

	@Override
	public void execute(Runnable task) {
		if (this.dropping.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			return;
		}
		task.run();
	}

	/** The next {@code count} tasks are dropped, as by a crash. */
	public void dropNext(int count) {
		this.dropping.set(count);
	}

	/** Nothing is dropped any more. */
	public void reset() {
		this.dropping.set(0);
	}

}
