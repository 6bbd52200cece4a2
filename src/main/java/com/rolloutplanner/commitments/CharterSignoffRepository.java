package com.rolloutplanner.commitments;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CharterSignoffRepository extends Repository<CharterSignoff, Long> {

	CharterSignoff save(CharterSignoff signoff);

	List<CharterSignoff> findByEngagementId(Long engagementId);

	List<CharterSignoff> findByEngagementIdIn(java.util.Collection<Long> engagementIds);

}
