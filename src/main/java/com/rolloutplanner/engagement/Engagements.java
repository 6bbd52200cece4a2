package com.rolloutplanner.engagement;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;

/**
 * The engagements of the product: the one place that loads, creates, revises and deletes
 * them. Every method checks what the reader may see: an engagement outside the reader's
 * {@link Access} is answered exactly as a missing one. Reads map the aggregate to plain
 * values inside the transaction; every change is recorded in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class Engagements {

	private final EngagementRepository repository;

	private final AuditTrail audit;

	private final Clock clock;

	Engagements(EngagementRepository repository, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	public <T> T read(Long id, Access access, Function<Engagement, T> mapper) {
		return mapper.apply(load(id, access));
	}

	public <T> List<T> readAll(Access access, Function<Engagement, T> mapper) {
		List<Engagement> visible = access.all() ? this.repository.findAllWithParties()
				: this.repository.findAllWithPartiesInvolving(access.organisationId());
		return visible.stream().map(mapper).toList();
	}

	@Transactional
	public Engagement create(EngagementTerms terms, String actor) {
		Engagement engagement = this.repository.save(new Engagement(terms, this.clock.instant()));
		this.audit.record(engagement.getId(), actor, "CREATED", List.of());
		return engagement;
	}

	/**
	 * Applies revised terms unless someone else saved the engagement after
	 * {@code basedOnVersion} was read.
	 * @throws StaleEngagementException when the engagement changed in the meantime
	 */
	@Transactional
	public Engagement revise(Long id, long basedOnVersion, EngagementTerms terms, Access access, String actor) {
		Engagement engagement = load(id, access);
		if (engagement.getVersion() != basedOnVersion) {
			throw new StaleEngagementException(id);
		}
		List<FieldChange> changes = FieldChange.between(engagement.terms(), terms);
		engagement.revise(terms, this.clock.instant());
		try {
			this.repository.saveAndFlush(engagement);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleEngagementException(id);
		}
		if (!changes.isEmpty()) {
			this.audit.record(id, actor, "UPDATED", changes);
		}
		return engagement;
	}

	/**
	 * Records something done to the engagement outside its terms (e.g. a flag
	 * acknowledged).
	 */
	@Transactional
	public void recordEvent(Long id, Access access, String actor, String action, String field, String oldValue,
			String newValue) {
		load(id, access);
		this.audit.record(id, actor, action, List.of(new FieldChange(field, oldValue, newValue)));
	}

	@Transactional
	public void delete(Long id, Access access) {
		this.repository.delete(load(id, access));
	}

	List<AuditEntry> history(Long id, Access access) {
		load(id, access);
		return this.audit.history(id);
	}

	private Engagement load(Long id, Access access) {
		return this.repository.findById(id)
			.filter((e) -> access.allows(e.getClient().getId(), e.getPartner().getId()))
			.orElseThrow(() -> new EngagementNotFoundException(id));
	}

}
