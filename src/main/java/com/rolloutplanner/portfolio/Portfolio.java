package com.rolloutplanner.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.commitments.PassedGates;
import com.rolloutplanner.listing.JourneyMonths;
import com.rolloutplanner.listing.ListedEngagement;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.listing.PhaseCounts;
import com.rolloutplanner.phase.Placement;

/**
 * The portfolio: the reader's journeys side by side, each a lane on the axis of months
 * since its go-live. The lanes are counted, filtered, sorted and cut into pages in the
 * database like the dashboard's list; what each lane draws (its KPI months, its passed
 * gates) is read for the whole page at once, so a page costs the same few queries
 * whatever the number of engagements.
 */
@Service
@Transactional(readOnly = true)
public class Portfolio {

	/** Lanes a page. */
	public static final int PAGE_SIZE = 25;

	private final Listings listings;

	private final JourneyMonths months;

	private final PassedGates gates;

	Portfolio(Listings listings, JourneyMonths months, PassedGates gates) {
		this.listings = listings;
		this.months = months;
		this.gates = gates;
	}

	/** A month of a lane's strip: where it is drawn and how its KPIs stood. */
	public record Cell(int month, double x, double width, String state) {
	}

	/** A gate on a lane: passed, overdue, or still to come. */
	public record GateMark(GateType type, double x, String state) {
	}

	/** One engagement's lane. */
	public record Lane(ListedEngagement engagement, Placement placement, double now, List<Cell> cells,
			List<GateMark> gates, Double plannedPaybackX, Double projectedPaybackX, boolean groupStart,
			String groupName) {

		/** Whether the projected payback is later than planned. */
		public boolean paybackLate() {
			Integer planned = this.engagement.portfolio().plannedPayback();
			Integer projected = this.engagement.portfolio().projectedPayback();
			return planned != null && projected != null && projected > planned;
		}

		/**
		 * How many of its months stood so ({@code below}, {@code expected},
		 * {@code better}, {@code none}).
		 */
		public long count(String state) {
			return this.cells.stream().filter((cell) -> cell.state().equals(state)).count();
		}

		/**
		 * The months of each state drawn together: one outline and one row of letters a
		 * state, in the order below, expected, better, none (states without months left
		 * out).
		 */
		public List<Strip> strips() {
			List<Strip> strips = new ArrayList<>();
			for (String state : List.of("below", "expected", "better", "none")) {
				StringBuilder outline = new StringBuilder();
				StringBuilder centres = new StringBuilder();
				int count = 0;
				for (Cell cell : this.cells) {
					if (cell.state().equals(state)) {
						double width = Math.round((cell.width() - 1) * 10) / 10.0;
						outline.append('M')
							.append(Math.round((cell.x() + 0.5) * 10) / 10.0)
							.append(" 4h")
							.append(width)
							.append("v20h-")
							.append(width)
							.append('z');
						centres.append((count > 0) ? " " : "")
							.append(Math.round((cell.x() + cell.width() / 2) * 10) / 10.0);
						count++;
					}
				}
				if (count > 0) {
					strips.add(new Strip(state, outline.toString(), centres.toString(), count));
				}
			}
			return strips;
		}

	}

	/**
	 * The months of a lane in one state: their outline as one SVG path, the centres of
	 * their letters (one per month, as a text's list of x positions) and how many.
	 */
	public record Strip(String state, String outline, String centres, int count) {

		/** The message key of the letter that says the state without colour. */
		public String letterKey() {
			return "portfolio.letter." + this.state;
		}

	}

	/** A page of lanes with what the page needs around them. */
	public record Page(LaneScale scale, List<Lane> lanes, PhaseCounts counts, long matching, int page, int pages) {
	}

	/**
	 * The page of lanes the query asks for, on its date, {@value #PAGE_SIZE} a page; a
	 * page past the last shows the last.
	 */
	public Page lanes(Access access, PortfolioQuery query, LocalDate asOf) {
		return lanes(access, query, asOf, PAGE_SIZE, true);
	}

	/**
	 * The page of lanes the query asks for (1-based), {@code size} a page; a page past
	 * the last shows the last when {@code keepOnLast}, otherwise nothing.
	 */
	public Page lanes(Access access, PortfolioQuery query, LocalDate asOf, int size, boolean keepOnLast) {
		ListingState state = this.listings.state(access);
		PhaseCounts counts = this.listings.counts(state, asOf, query.filter());
		long matching = counts.shownBy(query.filter());
		int pages = (int) Math.max(1, (matching + size - 1) / size);
		int page = keepOnLast ? Math.min(query.page(), pages) : query.page();
		long offset = (long) (page - 1) * size;
		List<ListedEngagement> listed = (offset < matching)
				? this.listings.page(state, asOf, query.filter(), query.group(), query.order(), false, offset, size)
				: List.of();
		LaneScale scale = LaneScale
			.covering(listed.stream().mapToInt(ListedEngagement::contractMonths).max().orElse(LaneScale.SHORTEST));
		List<Long> ids = listed.stream().map(ListedEngagement::id).toList();
		Map<Long, Map<Integer, JourneyMonths.MonthState>> states = this.months.states(ids);
		Map<Long, Map<GateType, LocalDate>> passed = this.gates.of(ids);
		List<Lane> lanes = new ArrayList<>();
		String group = null;
		for (ListedEngagement e : listed) {
			String groupName = switch (query.group()) {
				case CLIENT -> e.clientName();
				case PARTNER -> e.partnerName();
				case NONE -> null;
			};
			boolean groupStart = groupName != null && !groupName.equals(group);
			group = groupName;
			lanes.add(LaneDrawing.lane(e, scale, asOf, states.getOrDefault(e.id(), Map.of()),
					passed.getOrDefault(e.id(), Map.of()), groupStart, groupName));
		}
		return new Page(scale, lanes, counts, matching, page, pages);
	}

}
