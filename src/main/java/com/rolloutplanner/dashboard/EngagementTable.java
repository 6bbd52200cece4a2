package com.rolloutplanner.dashboard;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.rolloutplanner.export.Column;
import com.rolloutplanner.export.Table;
import com.rolloutplanner.listing.ListedEngagement;
import com.rolloutplanner.listing.ListingFilter;
import com.rolloutplanner.listing.ListingOrder;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;

/**
 * The list of engagements as a table to export (from the dashboard and the API alike):
 * every engagement that passes the filter, in the order asked for, placed on the date;
 * read a chunk at a time from the listing.
 */
@Component
public class EngagementTable {

	private final Listings listings;

	private final MessageSource messages;

	EngagementTable(Listings listings, MessageSource messages) {
		this.listings = listings;
		this.messages = messages;
	}

	/** The table of the engagements of the listing's state: {@code matching} of them. */
	public Table<ListedEngagement> table(ListingState state, LocalDate date, ListingFilter filter, ListingOrder order,
			boolean descending, long matching, Locale locale) {
		return new Table<>("engagements",
				List.of(Column.text("dashboard.column.name", 30), Column.text("engagement.client", 24),
						Column.text("engagement.partner", 24), Column.text("dashboard.column.phase", 22),
						Column.number("export.monthOfJourney"), Column.date("dashboard.column.goLive"),
						Column.number("export.contractMonths"), Column.text("dashboard.column.kpis", 24),
						Column.number("export.criticalFlags"), Column.number("export.warnings"),
						Column.number("export.criticalIssues"), Column.text("dashboard.column.due", 36),
						Column.date("export.nextDueDate"), Column.number("export.overdue"),
						Column.text("dashboard.column.payback", 20), Column.number("export.pulseClient"),
						Column.number("export.pulsePartner")),
				(page) -> new PageImpl<>(this.listings.page(state, date, filter, order, descending,
						(long) page * Table.CHUNK, Table.CHUNK), PageRequest.of(page, Table.CHUNK), matching),
				(e) -> row(e, date, locale));
	}

	private List<Object> row(ListedEngagement e, LocalDate date, Locale locale) {
		Placement placement = PhaseCalendar.place(e.goLiveDate(), date);
		String phase = e.isProposal() ? word("stage." + e.stage(), locale) : word("phase." + placement.phase(), locale);
		String next = null;
		if (e.due().nextDue() != null) {
			String title = (e.due().nextDue().title() != null) ? e.due().nextDue().title()
					: word(e.due().nextDue().titleKey(), locale);
			next = word("due.kind." + e.due().nextDue().kind(), locale) + ": " + title;
		}
		return Arrays.asList(e.name(), e.clientName(), e.partnerName(), phase,
				(!e.isProposal() && placement.isLive()) ? placement.monthOfJourney() : null, e.goLiveDate(),
				e.contractMonths(),
				this.messages.getMessage(e.kpis().key(),
						new Object[] { e.kpis().below(), e.kpis().judged(), e.kpis().kpis() }, locale),
				e.openCritical(), e.openWarnings(), e.openCriticalIssues(), next,
				(e.due().nextDue() != null) ? e.due().nextDue().dueDate() : null, e.due().overdueCount(),
				(e.payback() != null) ? word("paybackState." + e.payback(), locale) : null,
				(e.pulse() != null) ? e.pulse().client() : null, (e.pulse() != null) ? e.pulse().partner() : null);
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
