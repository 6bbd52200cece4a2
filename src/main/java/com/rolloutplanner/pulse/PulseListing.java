package com.rolloutplanner.pulse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.listing.ListedPulse;
import com.rolloutplanner.listing.ListingContributor;
import com.rolloutplanner.listing.ListingDraft;
import com.rolloutplanner.listing.ListingSource;

/**
 * Adds the latest pulse both sides answered to the listing rows being written, with each
 * side's trend and whether it calls for attention: the answers of every engagement of the
 * draft in one query.
 */
@Component
class PulseListing implements ListingContributor {

	private final PulseAnswerRepository answers;

	PulseListing(PulseAnswerRepository answers) {
		this.answers = answers;
	}

	@Override
	public com.rolloutplanner.change.ChangedPart part() {
		return com.rolloutplanner.change.ChangedPart.PULSE;
	}

	@Override
	public void contribute(ListingDraft draft) {
		List<Long> ids = draft.engagements().stream().map(ListingSource.Row::id).toList();
		if (ids.isEmpty()) {
			return;
		}
		Map<Long, List<PulseAnswer>> byEngagement = this.answers.findByEngagementIdIn(ids)
			.stream()
			.collect(Collectors.groupingBy(PulseAnswer::getEngagementId));
		byEngagement.forEach((id, answered) -> {
			Map<Integer, List<PulseAnswer>> byMonth = answered.stream()
				.collect(Collectors.groupingBy(PulseAnswer::getMonth, TreeMap::new, Collectors.toList()));
			List<PulseRules.Scores> months = new ArrayList<>();
			byMonth.forEach((month, inMonth) -> months.add(new PulseRules.Scores(month,
					PulseMonths.score(inMonth, Side.CLIENT), PulseMonths.score(inMonth, Side.PARTNER))));
			PulseRules.Latest latest = PulseRules.latest(months);
			if (latest != null) {
				draft.pulse(id, new ListedPulse(latest.scores().month(), latest.scores().client(),
						latest.scores().partner(), latest.clientTrend(), latest.partnerTrend(), latest.troubled()));
			}
		});
	}

}
