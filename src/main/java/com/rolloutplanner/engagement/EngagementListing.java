package com.rolloutplanner.engagement;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.rolloutplanner.listing.ListingSource;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.QuickWinAssessor;

/**
 * The engagements as the listing shows them: read in one query, their open quick-win
 * flags assessed together.
 */
@Component
class EngagementListing implements ListingSource {

	private final EngagementRepository repository;

	private final QuickWinAssessor assessor;

	EngagementListing(EngagementRepository repository, QuickWinAssessor assessor) {
		this.repository = repository;
		this.assessor = assessor;
	}

	@Override
	public List<ListingSource.Row> read(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Engagement> read = this.repository.findAllWithPartiesByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Engagement::getId, Function.identity()));
		Map<Long, Assessment> assessments = this.assessor.assessAll(read.values()
			.stream()
			.collect(Collectors.toMap(Engagement::getId,
					(e) -> new QuickWinAssessor.Subject(e.getGoLiveDate(), e.quickWinSubject()))));
		return read.values()
			.stream()
			.map((e) -> new ListingSource.Row(e.getId(), e.getName(), e.getClient().getId(), e.getPartner().getId(),
					e.getGoLiveDate(), e.getContractMonths(), assessments.get(e.getId()).openCritical(),
					assessments.get(e.getId()).openWarnings(), e.getStage().name()))
			.toList();
	}

}
