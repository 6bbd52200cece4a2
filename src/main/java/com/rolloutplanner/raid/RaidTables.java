package com.rolloutplanner.raid;

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
 * The logs of issues, risks and change requests as tables to export (from their pages and
 * the API alike), every row in the order of its page, read a page at a time: enums in the
 * reader's language, times as moments, numbers as numbers.
 */
@Component
public class RaidTables {

	private final Issues issues;

	private final Risks risks;

	private final ChangeRequests changes;

	private final MessageSource messages;

	RaidTables(Issues issues, Risks risks, ChangeRequests changes, MessageSource messages) {
		this.issues = issues;
		this.risks = risks;
		this.changes = changes;
		this.messages = messages;
	}

	public Table<IssueView> issues(Parties parties, Access access, Locale locale) {
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

	public Table<RiskView> risks(Parties parties, Access access, Locale locale) {
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

	public Table<ChangeRequestView> changes(Parties parties, Access access, Locale locale) {
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
