package com.rolloutplanner.quickwin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface FlagAcknowledgementRepository extends Repository<FlagAcknowledgement, Long> {

	FlagAcknowledgement save(FlagAcknowledgement acknowledgement);

	void delete(FlagAcknowledgement acknowledgement);

	List<FlagAcknowledgement> findByEngagementId(Long engagementId);

	List<FlagAcknowledgement> findByEngagementIdIn(Collection<Long> engagementIds);

	Optional<FlagAcknowledgement> findByEngagementIdAndCodeAndFinding(Long engagementId, FlagCode code, String finding);

}
