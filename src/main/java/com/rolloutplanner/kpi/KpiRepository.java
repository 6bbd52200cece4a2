package com.rolloutplanner.kpi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface KpiRepository extends Repository<Kpi, Long> {

	Kpi save(Kpi kpi);

	Kpi saveAndFlush(Kpi kpi);

	void delete(Kpi kpi);

	Optional<Kpi> findByIdAndEngagementId(Long id, Long engagementId);

	List<Kpi> findByEngagementIdOrderByNameAsc(Long engagementId);

	/** The KPIs of the engagements with their actuals, in one query. */
	@org.springframework.data.jpa.repository.EntityGraph(attributePaths = "actuals")
	List<Kpi> findByEngagementIdIn(Collection<Long> engagementIds);

	List<Kpi> findByIdIn(Collection<Long> ids);

}
