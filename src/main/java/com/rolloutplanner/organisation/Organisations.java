package com.rolloutplanner.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.organisation.OrganisationEvents.OrganisationCreated;
import com.rolloutplanner.organisation.OrganisationEvents.OrganisationRenamed;

/** The organisations known to the product, for the other features to pick from. */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository repository;

	private final ApplicationEventPublisher events;

	Organisations(OrganisationRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	public List<Organisation> all() {
		return this.repository.findAllByOrderByNameAsc();
	}

	public Optional<Organisation> find(Long id) {
		return (id != null) ? this.repository.findById(id) : Optional.empty();
	}

	/** Whether another organisation than {@code exceptId} already has this name. */
	public boolean nameTaken(String name, Long exceptId) {
		return this.repository.findByNameIgnoreCase(Organisation.normalise(name))
			.filter((existing) -> !existing.getId().equals(exceptId))
			.isPresent();
	}

	@Transactional
	public Organisation add(String name, String actor) {
		Organisation organisation = this.repository.saveAndFlush(new Organisation(name));
		this.events.publishEvent(new OrganisationCreated(organisation.getName(), actor));
		return organisation;
	}

	@Transactional
	public void rename(Long id, String newName, String actor) {
		Organisation organisation = this.repository.findById(id)
			.orElseThrow(() -> new OrganisationNotFoundException(id));
		String before = organisation.getName();
		organisation.rename(newName);
		this.repository.saveAndFlush(organisation);
		if (!before.equals(organisation.getName())) {
			this.events
				.publishEvent(new OrganisationRenamed(organisation.getId(), before, organisation.getName(), actor));
		}
	}

	/**
	 * Returns the organisation with this name (ignoring case and surrounding spaces),
	 * adding it first if there is none: names are unique.
	 */
	@Transactional
	public Organisation findOrAdd(String name) {
		return findOrAdd(name, null);
	}

	/** The same, with who adds it ({@code null}: the product itself). */
	@Transactional
	public Organisation findOrAdd(String name, String actor) {
		String normalised = Organisation.normalise(name);
		return this.repository.findByNameIgnoreCase(normalised).orElseGet(() -> add(normalised, actor));
	}

}
