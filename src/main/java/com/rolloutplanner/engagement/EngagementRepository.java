package com.rolloutplanner.engagement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EngagementRepository extends Repository<Engagement, Long> {

	Engagement save(Engagement engagement);

	Engagement saveAndFlush(Engagement engagement);

	Optional<Engagement> findById(Long id);

	void delete(Engagement engagement);

	@Query("select e from Engagement e join fetch e.client join fetch e.partner")
	List<Engagement> findAllWithParties();

	@Query("select e from Engagement e join fetch e.client c join fetch e.partner p "
			+ "where c.id = :organisationId or p.id = :organisationId")
	List<Engagement> findAllWithPartiesInvolving(Long organisationId);

	@Query("select e from Engagement e join fetch e.client join fetch e.partner where e.id in :ids")
	List<Engagement> findAllWithPartiesByIdIn(Collection<Long> ids);

	long count();

	/**
	 * The engagements of a client for a service (its name in lower case), oldest first.
	 */
	@Query("select e from Engagement e join fetch e.client c join fetch e.partner "
			+ "where c.id = :clientId and lower(e.service) = :service order by e.id")
	List<Engagement> findByClientAndService(Long clientId, String service, Limit limit);

	@Query("select e.id from Engagement e where e.client.id = :clientId and lower(e.service) = :service")
	List<Long> findIdsByClientAndService(Long clientId, String service);

	/**
	 * The stage as stored now (not as an entity read earlier in the transaction has it).
	 */
	@Query("select e.stage from Engagement e where e.id = :id")
	Stage findStage(Long id);

	List<Engagement> findAllById(Iterable<Long> ids);

	@Query("select new com.rolloutplanner.engagement.Parties(e.id, e.name, e.client.id, e.partner.id, e.goLiveDate, "
			+ "e.contractMonths, e.onboardingHours, e.onboardingBudgetEur) from Engagement e where e.id = :id")
	Optional<Parties> findParties(Long id);

	@Query("select new com.rolloutplanner.engagement.Parties(e.id, e.name, e.client.id, e.partner.id, e.goLiveDate, "
			+ "e.contractMonths, e.onboardingHours, e.onboardingBudgetEur) from Engagement e where e.id in :ids")
	List<Parties> findPartiesByIdIn(Collection<Long> ids);

	@Query("select e.id, e.onboardingHours, e.onboardingBudgetEur from Engagement e where e.id in :ids")
	List<Object[]> findOnboardingByIdIn(Collection<Long> ids);

}
