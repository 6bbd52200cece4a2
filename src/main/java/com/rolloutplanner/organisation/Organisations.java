package com.rolloutplanner.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations known to the product, for the other features to pick from. */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final OrganisationRepository repository;

	Organisations(OrganisationRepository repository) {
		this.repository = repository;
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
	public Organisation add(String name) {
		return this.repository.save(new Organisation(name));
	}

	@Transactional
	public void rename(Long id, String newName) {
		this.repository.findById(id).orElseThrow(() -> new OrganisationNotFoundException(id)).rename(newName);
	}

	/**
	 * Returns the organisation with this name (ignoring case and surrounding spaces),
	 * adding it first if there is none: names are unique.
	 */
	@Transactional
	public Organisation findOrAdd(String name) {
		String normalised = Organisation.normalise(name);
		return this.repository.findByNameIgnoreCase(normalised)
			.orElseGet(() -> this.repository.save(new Organisation(normalised)));
	}

}
