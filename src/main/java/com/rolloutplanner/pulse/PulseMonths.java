package com.rolloutplanner.pulse;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.engagement.Side;

/**
 * Both sides' scores of one month of the pulse for some engagements, in one read (for
 * what the portfolio shows of a month in every journey).
 */
@Service
@Transactional(readOnly = true)
public class PulseMonths {

	private final PulseAnswerRepository answers;

	PulseMonths(PulseAnswerRepository answers) {
		this.answers = answers;
	}

	/** The scores of the month of each engagement that has an answer for it. */
	public Map<Long, PulseRules.Scores> of(Collection<Long> engagementIds, int month) {
		Map<Long, PulseRules.Scores> scores = new HashMap<>();
		if (engagementIds.isEmpty()) {
			return scores;
		}
		this.answers.findByEngagementIdInAndMonth(engagementIds, month)
			.stream()
			.collect(Collectors.groupingBy(PulseAnswer::getEngagementId))
			.forEach((id, answered) -> scores.put(id,
					new PulseRules.Scores(month, score(answered, Side.CLIENT), score(answered, Side.PARTNER))));
		return scores;
	}

	static java.math.BigDecimal score(List<PulseAnswer> answers, Side side) {
		return PulseRules.score(answers.stream().filter((a) -> a.getSide() == side).map(PulseAnswer::values).toList());
	}

}
