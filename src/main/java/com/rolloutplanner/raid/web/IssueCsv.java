package com.rolloutplanner.raid.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.raid.IssueView;
import com.rolloutplanner.raid.Issues;

/**
 * The log of issues as CSV, every issue, oldest first by the list's order, read a page at
 * a time so that any number fits: a header in the reader's language, times in ISO 8601 in
 * the product's time zone, text as typed (a cell that a spreadsheet would take for a
 * formula starts with an apostrophe).
 */
@Component
class IssueCsv {

	static final int CHUNK = 500;

	private static final String[] COLUMNS = { "id", "title", "severity", "raisedSide", "raisedBy", "ownerSide",
			"raisedAt", "responseDue", "tier", "respondedAt", "respondedBy", "response", "resolvedAt", "resolvedBy",
			"resolution", "description" };

	private final Issues issues;

	private final MessageSource messages;

	private final Clock clock;

	IssueCsv(Issues issues, MessageSource messages, Clock clock) {
		this.issues = issues;
		this.messages = messages;
		this.clock = clock;
	}

	void write(Parties parties, Access access, Locale locale, Writer out) throws IOException {
		List<String> header = new ArrayList<>();
		for (String column : COLUMNS) {
			header.add(this.messages.getMessage("issue.csv." + column, null, locale));
		}
		CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
		int page = 0;
		Page<IssueView> found;
		do {
			found = this.issues.issues(parties.engagementId(), access, false, null, page++, CHUNK);
			for (IssueView issue : found) {
				printer.printRecord(issue.id(), cell(issue.title()),
						this.messages.getMessage("issue.severity." + issue.severity(), null, locale),
						this.messages.getMessage("side." + issue.raisedSide(), null, locale), cell(issue.raisedBy()),
						this.messages.getMessage("side." + issue.ownerSide(), null, locale), time(issue.raisedAt()),
						time(issue.responseDue()), this.messages.getMessage("issue.tier." + issue.tier(), null, locale),
						time(issue.respondedAt()), cell(issue.respondedBy()), cell(issue.response()),
						time(issue.resolvedAt()), cell(issue.resolvedBy()), cell(issue.resolution()),
						cell(issue.description()));
			}
		}
		while (found.hasNext());
		printer.flush();
	}

	private String time(Instant instant) {
		return (instant != null)
				? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(this.clock.getZone()).withNano(0)) : "";
	}

	/**
	 * Text as typed; one a spreadsheet would read as a formula starts with an apostrophe.
	 */
	static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		char first = text.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + text : text;
	}

}
