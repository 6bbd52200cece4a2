package com.rolloutplanner.commitments;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface GateRepository extends Repository<Gate, Long> {

	Gate save(Gate gate);

	List<Gate> findByEngagementId(Long engagementId);

	List<Gate> findByEngagementIdIn(java.util.Collection<Long> engagementIds);

	Optional<Gate> findByEngagementIdAndGateType(Long engagementId, GateType gateType);

}
