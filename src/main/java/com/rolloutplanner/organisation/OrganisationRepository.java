package com.rolloutplanner.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface OrganisationRepository extends Repository<Organisation, Long> {

	Organisation save(Organisation organisation);

	Organisation saveAndFlush(Organisation organisation);

	Optional<Organisation> findById(Long id);

	Optional<Organisation> findByNameIgnoreCase(String name);

	List<Organisation> findAllByOrderByNameAsc();

}
