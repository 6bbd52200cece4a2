package com.rolloutplanner.quickwin;

import java.util.Map;
import java.util.stream.Collectors;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.BDDMockito.given;

/** Makes a mocked assessor run the real rules, with no acknowledgements. */
public final class RulesOnlyAssessor {

	private RulesOnlyAssessor() {
	}

	public static void stub(QuickWinAssessor assessor) {
		given(assessor.assess(any(), any(), any())).willAnswer((call) -> assess(call.getArgument(2)));
		given(assessor.assessAll(anyMap())).willAnswer((call) -> {
			Map<Long, QuickWinAssessor.Subject> subjects = call.getArgument(0);
			return subjects.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> assess(entry.getValue().subject())));
		});
	}

	/** The rules' assessment of an engagement's own subject, nothing acknowledged. */
	public static Assessment assess(QuickWinSubject subject) {
		return new Assessment(
				QuickWinRules.check(subject).stream().map((flag) -> new AssessedFlag(flag, null)).toList());
	}

}
