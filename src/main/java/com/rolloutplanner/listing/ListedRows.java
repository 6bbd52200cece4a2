package com.rolloutplanner.listing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.due.DueSummary;

/** An engagement of a listed page as its row of the listing's query gives it. */
final class ListedRows {

	private ListedRows() {
	}

	static ListedEngagement listed(ResultSet rs, LocalDate asOf) throws SQLException {
		LocalDate nextDate = rs.getObject("next_due_date", LocalDate.class);
		DueSummary due = DueSummary.NOTHING;
		if (nextDate != null) {
			DueItem next = new DueItem(DueKind.valueOf(rs.getString("next_due_kind")), rs.getString("next_due_title"),
					rs.getString("next_due_title_key"), nextDate, false, null);
			due = new DueSummary(next, next.stateOn(asOf), rs.getLong("overdue"));
		}
		int kpis = rs.getInt("kpis");
		KpiState state = rs.wasNull() ? KpiState.NONE
				: new KpiState(kpis, rs.getInt("judged"), rs.getInt("below"), rs.getInt("better"));
		return new ListedEngagement(rs.getLong("id"), rs.getString("name"), rs.getString("client_name"),
				rs.getString("partner_name"), rs.getObject("go_live_date", LocalDate.class),
				rs.getInt("contract_months"), rs.getLong("open_critical"), rs.getLong("open_warnings"), due, state,
				rs.getString("payback_state"), rs.getString("stage"), rs.getLong("open_critical_issues"),
				rs.getObject("issue_due_date", LocalDate.class), pulse(rs),
				new ListedEngagement.Portfolio(rs.getObject("payback_planned_month", Integer.class),
						rs.getObject("payback_projected_month", Integer.class), rs.getLong("escalated_issues"),
						rs.getLong("client_organisation_id"), rs.getLong("partner_organisation_id")));
	}

	private static ListedPulse pulse(ResultSet rs) throws SQLException {
		int month = rs.getInt("pulse_month");
		if (rs.wasNull()) {
			return null;
		}
		return new ListedPulse(month, rs.getBigDecimal("pulse_client"), rs.getBigDecimal("pulse_partner"),
				rs.getString("pulse_client_trend"), rs.getString("pulse_partner_trend"), rs.getInt("pulse_low") == 1);
	}

}
