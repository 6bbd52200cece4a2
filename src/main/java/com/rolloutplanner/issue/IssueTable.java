package com.rolloutplanner.issue;

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
 * The log of issues as a table to export (from its page and the API alike), every row in
 * the order of its page, read a page at a time: enums in the reader's language, times as
 * moments.
 */
@Component
public class IssueTable {

	private final Issues issues;

	private final MessageSource messages;

	IssueTable(Issues issues, MessageSource messages) {
		this.issues = issues;
		this.messages = messages;
	}

	public Table<IssueView> of(Parties parties, Access access, Locale locale) {
		return new Table<>("issues-" + parties.engagementId(),
				List.of(Column.number("issue.csv.id"), Column.text("issue.csv.title", 40),
						Column.text("issue.csv.severity", 12), Column.text("issue.csv.raisedSide", 14),
						Column.text("issue.csv.raisedBy", 30), Column.text("issue.csv.ownerSide", 14),
						Column.dateTime("issue.csv.raisedAt"), Column.dateTime("issue.csv.responseDue"),
						Column.text("issue.csv.tier", 16), Column.dateTime("issue.csv.respondedAt"),
						Column.text("issue.csv.respondedBy", 30), Column.text("issue.csv.response", 50),
						Column.dateTime("issue.csv.resolvedAt"), Column.text("issue.csv.resolvedBy", 30),
						Column.text("issue.csv.resolution", 50), Column.text("issue.csv.description", 50)),
				(page) -> this.issues.issues(parties.engagementId(), access, false, null, page, Table.CHUNK),
				(i) -> Arrays.asList(i.id(), i.title(), word("issue.severity." + i.severity(), locale),
						word("side." + i.raisedSide(), locale), i.raisedBy(), word("side." + i.ownerSide(), locale),
						i.raisedAt(), i.responseDue(), word("issue.tier." + i.tier(), locale), i.respondedAt(),
						i.respondedBy(), i.response(), i.resolvedAt(), i.resolvedBy(), i.resolution(),
						i.description()));
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
