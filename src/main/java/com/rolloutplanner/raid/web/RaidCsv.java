package com.rolloutplanner.raid.web;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.raid.ChangeRequestView;
import com.rolloutplanner.raid.ChangeRequests;
import com.rolloutplanner.raid.IssueView;
import com.rolloutplanner.raid.Issues;
import com.rolloutplanner.raid.RiskTerms;
import com.rolloutplanner.raid.RiskView;
import com.rolloutplanner.raid.Risks;

/**
 * The logs of issues, risks and change requests as CSV, every row in the order of its
 * page, read a page at a time so that any number fits: a header in the reader's language,
 * times in ISO 8601 in the product's time zone, text as typed (a cell that a spreadsheet
 * would take for a formula starts with an apostrophe).
 */
@Component
class RaidCsv {

	static final int CHUNK = 500;

	private static final String[] ISSUE_COLUMNS = { "id", "title", "severity", "raisedSide", "raisedBy", "ownerSide",
			"raisedAt", "responseDue", "tier", "respondedAt", "respondedBy", "response", "resolvedAt", "resolvedBy",
			"resolution", "description" };

	private static final String[] RISK_COLUMNS = { "id", "title", "likelihood", "impact", "score", "ownerSide",
			"mitigation", "reviewDate", "status", "issueId", "createdBy", "createdAt" };

	private static final String[] CHANGE_COLUMNS = { "id", "area", "title", "requestedSide", "requestedBy",
			"requestedAt", "costEffect", "timeEffect", "kpiEffect", "status", "decidedAt", "decidedBy", "decision",
			"description" };

	private final Issues issues;

	private final Risks risks;

	private final ChangeRequests changes;

	private final MessageSource messages;

	private final Clock clock;

	RaidCsv(Issues issues, Risks risks, ChangeRequests changes, MessageSource messages, Clock clock) {
		this.issues = issues;
		this.risks = risks;
		this.changes = changes;
		this.messages = messages;
		this.clock = clock;
	}

	void issues(Parties parties, Access access, Locale locale, Writer out) throws IOException {
		write(out, locale, "issue.csv.", ISSUE_COLUMNS,
				(page) -> this.issues.issues(parties.engagementId(), access, false, null, page, CHUNK),
				(IssueView i) -> List.of(i.id(), cell(i.title()), word("issue.severity." + i.severity(), locale),
						word("side." + i.raisedSide(), locale), cell(i.raisedBy()),
						word("side." + i.ownerSide(), locale), time(i.raisedAt()), time(i.responseDue()),
						word("issue.tier." + i.tier(), locale), time(i.respondedAt()), cell(i.respondedBy()),
						cell(i.response()), time(i.resolvedAt()), cell(i.resolvedBy()), cell(i.resolution()),
						cell(i.description())));
	}

	void risks(Parties parties, Access access, Locale locale, Writer out) throws IOException {
		write(out, locale, "risk.csv.", RISK_COLUMNS,
				(page) -> this.risks.risks(parties.engagementId(), access, false, page, CHUNK), (RiskView r) -> {
					RiskTerms t = r.terms();
					return List.of(r.id(), cell(t.title()), t.likelihood(), t.impact(), t.score(),
							word("side." + t.ownerSide(), locale), cell(t.mitigation()), t.reviewDate().toString(),
							word("risk.status." + t.status(), locale), (r.issueId() != null) ? r.issueId() : "",
							cell(r.createdBy()), time(r.createdAt()));
				});
	}

	void changes(Parties parties, Access access, Locale locale, Writer out) throws IOException {
		write(out, locale, "change.csv.", CHANGE_COLUMNS,
				(page) -> this.changes.changes(parties.engagementId(), access, false, page, CHUNK),
				(ChangeRequestView c) -> List.of(c.id(), word("change.area." + c.area(), locale), cell(c.title()),
						word("side." + c.requestedSide(), locale), cell(c.requestedBy()), time(c.requestedAt()),
						cell(c.costEffect()), cell(c.timeEffect()), cell(c.kpiEffect()),
						word("change.status." + c.status(), locale), time(c.decidedAt()), cell(c.decidedBy()),
						cell(c.decisionText()), cell(c.description())));
	}

	private <T> void write(Writer out, Locale locale, String prefix, String[] columns, IntFunction<Page<T>> pages,
			Function<T, List<Object>> row) throws IOException {
		List<String> header = new ArrayList<>();
		for (String column : columns) {
			header.add(word(prefix + column, locale));
		}
		CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
		int page = 0;
		Page<T> found;
		do {
			found = pages.apply(page++);
			for (T item : found) {
				printer.printRecord(row.apply(item));
			}
		}
		while (found.hasNext());
		printer.flush();
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
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
