package com.rolloutplanner.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.export.Column;
import com.rolloutplanner.export.Table;

/**
 * The log of risks as a table to export (from its page and the API alike), every row in
 * the order of its page, read a page at a time: enums in the reader's language, numbers
 * as numbers.
 */
@Component
public class RiskTable {

	private final Risks risks;

	private final MessageSource messages;

	RiskTable(Risks risks, MessageSource messages) {
		this.risks = risks;
		this.messages = messages;
	}

	public Table<RiskView> of(Parties parties, Access access, Locale locale) {
		return new Table<>("risks-" + parties.engagementId(),
				List.of(Column.number("risk.csv.id"), Column.text("risk.csv.title", 40),
						Column.number("risk.csv.likelihood"), Column.number("risk.csv.impact"),
						Column.number("risk.csv.score"), Column.text("risk.csv.ownerSide", 14),
						Column.text("risk.csv.mitigation", 50), Column.date("risk.csv.reviewDate"),
						Column.text("risk.csv.status", 12), Column.number("risk.csv.issueId"),
						Column.text("risk.csv.createdBy", 30), Column.dateTime("risk.csv.createdAt")),
				(page) -> this.risks.risks(parties.engagementId(), access, false, page, Table.CHUNK), (r) -> {
					RiskTerms t = r.terms();
					return Arrays.asList(r.id(), t.title(), t.likelihood(), t.impact(), t.score(),
							word("side." + t.ownerSide(), locale), t.mitigation(), t.reviewDate(),
							word("risk.status." + t.status(), locale), r.issueId(), r.createdBy(), r.createdAt());
				});
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
