package com.rolloutplanner.changerequest;

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
 * The change requests as a table to export (from their page and the API alike), every row
 * in the order of their page, read a page at a time: enums in the reader's language,
 * times as moments.
 */
@Component
public class ChangeRequestTable {

	private final ChangeRequests changes;

	private final MessageSource messages;

	ChangeRequestTable(ChangeRequests changes, MessageSource messages) {
		this.changes = changes;
		this.messages = messages;
	}

	public Table<ChangeRequestView> of(Parties parties, Access access, Locale locale) {
		return new Table<>("changes-" + parties.engagementId(),
				List.of(Column.number("change.csv.id"), Column.text("change.csv.area", 16),
						Column.text("change.csv.title", 40), Column.text("change.csv.requestedSide", 14),
						Column.text("change.csv.requestedBy", 30), Column.dateTime("change.csv.requestedAt"),
						Column.text("change.csv.costEffect", 30), Column.text("change.csv.timeEffect", 30),
						Column.text("change.csv.kpiEffect", 30), Column.text("change.csv.status", 20),
						Column.dateTime("change.csv.decidedAt"), Column.text("change.csv.decidedBy", 30),
						Column.text("change.csv.decision", 50), Column.text("change.csv.description", 50)),
				(page) -> this.changes.changes(parties.engagementId(), access, false, page, Table.CHUNK),
				(c) -> Arrays.asList(c.id(), word("change.area." + c.area(), locale), c.title(),
						word("side." + c.requestedSide(), locale), c.requestedBy(), c.requestedAt(), c.costEffect(),
						c.timeEffect(), c.kpiEffect(), word("change.status." + c.status(), locale), c.decidedAt(),
						c.decidedBy(), c.decisionText(), c.description()));
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
