package com.rolloutplanner.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.listing.JourneyMonths;
import com.rolloutplanner.listing.ListedEngagement;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;

/**
 * What one engagement's lane draws on the shared axis, in plain Java: a cell for each
 * month its journey completed by the date with how its KPIs stood, its four gates (passed
 * once both sides signed by the date, overdue after their day, otherwise to come), its
 * planned and projected payback months when on the axis, and where it stands.
 */
final class LaneDrawing {

	private LaneDrawing() {
	}

	static Portfolio.Lane lane(ListedEngagement e, LaneScale scale, LocalDate asOf,
			Map<Integer, JourneyMonths.MonthState> states, Map<GateType, LocalDate> passed, boolean groupStart,
			String groupName) {
		Placement placement = PhaseCalendar.place(e.goLiveDate(), asOf);
		double now = LaneScale.monthOf(e.goLiveDate(), asOf);
		List<Portfolio.Cell> cells = new ArrayList<>();
		int completed = (int) Math.floor(now);
		for (int month = 1; month <= Math.min(completed, scale.last()); month++) {
			JourneyMonths.MonthState state = states.get(month);
			cells.add(new Portfolio.Cell(month, scale.x(month - 1), scale.monthWidth(),
					(state != null) ? state.state() : "none"));
		}
		List<Portfolio.GateMark> gates = new ArrayList<>();
		if (!e.isProposal()) {
			for (GateType type : GateType.values()) {
				LocalDate passedOn = passed.get(type);
				String state;
				if (passedOn != null && !passedOn.isAfter(asOf)) {
					state = "passed";
				}
				else {
					state = type.dueDate(e.goLiveDate()).isBefore(asOf) ? "overdue" : "coming";
				}
				gates.add(new Portfolio.GateMark(type, scale.x(type.month()), state));
			}
		}
		Integer planned = e.portfolio().plannedPayback();
		Integer projected = e.portfolio().projectedPayback();
		return new Portfolio.Lane(e, placement, scale.x(now), cells, gates,
				(planned != null && planned <= scale.last()) ? scale.x(planned) : null,
				(projected != null && projected <= scale.last()) ? scale.x(projected) : null, groupStart, groupName);
	}

}
