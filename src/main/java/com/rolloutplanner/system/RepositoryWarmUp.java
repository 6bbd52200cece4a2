package com.rolloutplanner.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * The repositories are made when first used ({@code spring.data.jpa.repositories.
 * bootstrap-mode=lazy}), so that the application answers sooner after it starts. Once it
 * is ready they are all made on a thread of their own: the first request that needs one
 * does not wait for its queries to be parsed, and a query that cannot be parsed is
 * reported right after the start. (The tests make them at the start, as before.)
 */
@Component
class RepositoryWarmUp {

	private static final Logger log = LoggerFactory.getLogger(RepositoryWarmUp.class);

	private final ListableBeanFactory beans;

	RepositoryWarmUp(ListableBeanFactory beans) {
		this.beans = beans;
	}

	@EventListener(ApplicationReadyEvent.class)
	void makeTheRepositories() {
		Thread thread = new Thread(this::make, "repositories");
		thread.setDaemon(true);
		thread.start();
	}

	void make() {
		long started = System.nanoTime();
		try {
			int count = this.beans.getBeansOfType(Repository.class).size();
			log.info("{} repositories made in {} ms", count, (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.error("A repository cannot be made", ex);
		}
	}

}
