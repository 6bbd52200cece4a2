package com.rolloutplanner.engagement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.engagement.EngagementEvents.EngagementChanged;
import com.rolloutplanner.engagement.EngagementEvents.EngagementCreated;
import com.rolloutplanner.engagement.EngagementEvents.EngagementDeleted;
import com.rolloutplanner.engagement.EngagementEvents.GoLiveMoved;
import com.rolloutplanner.engagement.EngagementEvents.GoalMovedLater;
import com.rolloutplanner.engagement.EngagementEvents.ProposalChosen;
import com.rolloutplanner.engagement.EngagementEvents.ProposalNotChosen;
import com.rolloutplanner.engagement.EngagementEvents.ProposalSigned;
import com.rolloutplanner.engagement.FieldChange.GoalTarget;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.quickwin.QuickWinSubjects;
import com.rolloutplanner.system.StaleVersionException;

/**
 * The engagements of the product: the one place that loads, creates, revises and deletes
 * them. Every method checks what the reader may see: an engagement outside the reader's
 * {@link Access} is answered exactly as a missing one. Reads map the aggregate to plain
 * values inside the transaction; every change is published as an event in the same
 * transaction.
 */
@Service
@Transactional(readOnly = true)
public class Engagements implements QuickWinSubjects {

	/** The most proposals compared side by side. */
	public static final int MAX_COMPARED = 12;

	private final EngagementRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EngagementLocks locks;

	Engagements(EngagementRepository repository, ApplicationEventPublisher events, Clock clock, EngagementLocks locks) {
		this.locks = locks;
		this.repository = repository;
		this.events = events;
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

	/**
	 * What each of these engagements (those that exist) invests in onboarding, whoever
	 * may see them: for the business case, which values it.
	 */
	public java.util.Map<Long, Onboarding> onboarding(Collection<Long> ids) {
		java.util.Map<Long, Onboarding> onboarding = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			for (Object[] row : this.repository.findOnboardingByIdIn(ids)) {
				onboarding.put((Long) row[0], new Onboarding((Integer) row[1], (Long) row[2]));
			}
		}
		return onboarding;
	}

	/**
	 * The parties and the go-live of a visible engagement, from one narrow query: the
	 * access check of every page and service that does not need the whole aggregate.
	 * @throws EngagementNotFoundException when it is missing or not visible
	 */
	public Parties parties(Long id, Access access) {
		return visibleParties(id, access).orElseThrow(() -> new EngagementNotFoundException(id));
	}

	/** The same, empty for an engagement that is missing or not visible. */
	public Optional<Parties> visibleParties(Long id, Access access) {
		return this.repository.findParties(id).filter((p) -> access.allows(p.clientId(), p.partnerId()));
	}

	/**
	 * The parties of those of the engagements that exist and are visible, by id, from one
	 * query (for a background run that tells the people of many engagements at once).
	 */
	public Map<Long, Parties> visibleParties(Collection<Long> ids, Access access) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.repository.findPartiesByIdIn(ids)
			.stream()
			.filter((p) -> access.allows(p.clientId(), p.partnerId()))
			.collect(java.util.stream.Collectors.toMap(Parties::engagementId, (p) -> p));
	}

	@Override
	public QuickWinAssessor.Subject subjectOf(Long id, Access access) {
		Engagement engagement = load(id, access);
		return new QuickWinAssessor.Subject(engagement.getGoLiveDate(), engagement.quickWinSubject());
	}

	@Override
	public Optional<QuickWinAssessor.Subject> findSubject(Long id) {
		return this.repository.findById(id)
			.map((engagement) -> new QuickWinAssessor.Subject(engagement.getGoLiveDate(),
					engagement.quickWinSubject()));
	}

	/**
	 * The rule that a manager's own organisation is one of the two parties, and that the
	 * parties differ: the message code of what is wrong, or {@code null}. The form and
	 * the API both ask here.
	 */
	public String partiesProblem(String clientName, String partnerName, CurrentUser user) {
		if (clientName.equalsIgnoreCase(partnerName)) {
			return "engagement.partner.sameAsClient";
		}
		if (!user.isAdmin() && !user.getOrganisationName().equalsIgnoreCase(clientName)
				&& !user.getOrganisationName().equalsIgnoreCase(partnerName)) {
			return "engagement.organisation.notYours";
		}
		return null;
	}

	/** The same rule for organisations already stored. */
	public String partiesProblem(Organisation client, Organisation partner, CurrentUser user) {
		return partiesProblem(client.getName(), partner.getName(), user);
	}

	@Transactional
	public Engagement create(EngagementTerms terms, String actor) {
		Engagement engagement = this.repository.save(new Engagement(terms, this.clock.instant()));
		this.events.publishEvent(new EngagementCreated(engagement.getId(), engagement.getName(), actor));
		return engagement;
	}

	/** A new proposal: terms a client and one partner are negotiating, not signed yet. */
	@Transactional
	public Engagement propose(EngagementTerms terms, String actor) {
		Engagement engagement = this.repository.save(new Engagement(terms, Stage.PROPOSAL, this.clock.instant()));
		this.events.publishEvent(new EngagementCreated(engagement.getId(), engagement.getName(), actor));
		return engagement;
	}

	/**
	 * What the client compares: the engagement and every other of the same client for the
	 * same service (whatever its case), oldest first, at most {@value #MAX_COMPARED}.
	 * Only the client's side (or an administrator) compares; a partner never sees another
	 * partner's proposal and is answered as for a missing engagement.
	 */
	public <T> List<T> compared(Long id, Access access, Function<Engagement, T> mapper) {
		Engagement engagement = clientsOwn(id, access);
		if (engagement.getService() == null) {
			return List.of(mapper.apply(engagement));
		}
		return this.repository
			.findByClientAndService(engagement.getClient().getId(),
					engagement.getService().toLowerCase(java.util.Locale.ROOT),
					org.springframework.data.domain.Limit.of(MAX_COMPARED))
			.stream()
			.map(mapper)
			.toList();
	}

	/**
	 * The client chooses this open proposal: every other open proposal of the same
	 * service is closed as not chosen; nothing is signed yet. History entries on each.
	 * @return whether the proposal was open to be chosen
	 */
	@Transactional
	public boolean choose(Long id, Access access, String actor) {
		Engagement chosen = clientsOwn(id, access);
		String service = (chosen.getService() != null) ? chosen.getService().toLowerCase(java.util.Locale.ROOT) : null;
		// Two choices at the same moment are made one after the other: the proposals of
		// the service are locked, and the second choice reads what the first committed.
		List<Long> ids = (service != null)
				? this.repository.findIdsByClientAndService(chosen.getClient().getId(), service) : List.of(id);
		this.locks.lock(ids);
		if (this.repository.findStage(id) != Stage.PROPOSAL) {
			return false;
		}
		List<Engagement> others = this.repository.findAllById(ids)
			.stream()
			.filter((e) -> !e.getId().equals(id) && e.getStage() == Stage.PROPOSAL)
			.toList();
		java.time.Instant now = this.clock.instant();
		for (Engagement other : others) {
			other.moveTo(Stage.NOT_CHOSEN, now);
			this.events.publishEvent(new ProposalNotChosen(other.getId(), chosen.getPartner().getName(), actor));
		}
		try {
			others.forEach(this.repository::saveAndFlush);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("Engagement", id);
		}
		this.events.publishEvent(new ProposalChosen(id, others.size(), actor));
		return true;
	}

	/**
	 * Both sides have signed the terms: a proposal becomes an engagement on its journey
	 * (a signed one, or one not chosen, stays as it is).
	 */
	@Transactional
	public void signed(Long id, String actor) {
		this.repository.findById(id)
			.filter((engagement) -> engagement.moveTo(Stage.SIGNED, this.clock.instant()))
			.ifPresent((engagement) -> this.events.publishEvent(new ProposalSigned(id, actor)));
	}

	private Engagement clientsOwn(Long id, Access access) {
		Engagement engagement = load(id, access);
		if (!access.all() && !engagement.getClient().getId().equals(access.organisationId())) {
			throw new EngagementNotFoundException(id);
		}
		return engagement;
	}

	/**
	 * Applies revised terms unless someone else saved the engagement after
	 * {@code basedOnVersion} was read.
	 * @throws StaleVersionException when the engagement changed in the meantime
	 */
	@Transactional
	public Engagement revise(Long id, Long basedOnVersion, EngagementTerms terms, Access access, String actor) {
		Engagement engagement = load(id, access);
		StaleVersionException.requireCurrent("Engagement", id, engagement.getVersion(), basedOnVersion);
		List<FieldChange> changes = FieldChange.between(engagement.terms(), terms);
		engagement.revise(terms, this.clock.instant());
		try {
			this.repository.saveAndFlush(engagement);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("Engagement", id);
		}
		publishChanges(id, changes, actor);
		return engagement;
	}

	private void publishChanges(Long id, List<FieldChange> changes, String actor) {
		List<FieldChange> other = new ArrayList<>();
		for (FieldChange change : changes) {
			if (change.field().equals("goLiveDate")) {
				this.events.publishEvent(new GoLiveMoved(id, (java.time.LocalDate) change.before(),
						(java.time.LocalDate) change.after(), actor));
			}
			else if (change.before() instanceof GoalTarget before && change.after() instanceof GoalTarget after
					&& after.month() > before.month()) {
				this.events.publishEvent(new GoalMovedLater(id, after.type(), before.month(), after.month(), actor));
				if (!java.util.Objects.equals(before.description(), after.description())) {
					other.add(change);
				}
			}
			else {
				other.add(change);
			}
		}
		if (!other.isEmpty()) {
			this.events.publishEvent(new EngagementChanged(id, actor, other));
		}
	}

	@Transactional
	public void delete(Long id, Access access, String actor) {
		Engagement engagement = load(id, access);
		this.repository.delete(engagement);
		this.events.publishEvent(new EngagementDeleted(id, engagement.getName(), engagement.getClient().getName(),
				engagement.getPartner().getName(), actor));
	}

	private Engagement load(Long id, Access access) {
		return this.repository.findById(id)
			.filter((e) -> access.allows(e.getClient().getId(), e.getPartner().getId()))
			.orElseThrow(() -> new EngagementNotFoundException(id));
	}

}
