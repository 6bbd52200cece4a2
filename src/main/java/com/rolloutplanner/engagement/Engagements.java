package com.rolloutplanner.engagement;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagements of the product: the one place that loads, creates, revises and deletes
 * them. Reads map the aggregate to plain values inside the transaction.
 */
@Service
@Transactional(readOnly = true)
public class Engagements {

	private final EngagementRepository repository;

	private final Clock clock;

	Engagements(EngagementRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	public <T> T read(Long id, Function<Engagement, T> mapper) {
		return mapper.apply(load(id));
	}

	public <T> List<T> readAll(Function<Engagement, T> mapper) {
		return this.repository.findAllWithParties().stream().map(mapper).toList();
	}

	@Transactional
	public Engagement create(EngagementTerms terms) {
		return this.repository.save(new Engagement(terms, this.clock.instant()));
	}

	/**
	 * Applies revised terms unless someone else saved the engagement after
	 * {@code basedOnVersion} was read.
	 * @throws StaleEngagementException when the engagement changed in the meantime
	 */
	@Transactional
	public Engagement revise(Long id, long basedOnVersion, EngagementTerms terms) {
		Engagement engagement = load(id);
		if (engagement.getVersion() != basedOnVersion) {
			throw new StaleEngagementException(id);
		}
		engagement.revise(terms, this.clock.instant());
		try {
			return this.repository.saveAndFlush(engagement);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleEngagementException(id);
		}
	}

	@Transactional
	public void delete(Long id) {
		this.repository.delete(load(id));
	}

	private Engagement load(Long id) {
		return this.repository.findById(id).orElseThrow(() -> new EngagementNotFoundException(id));
	}

}
