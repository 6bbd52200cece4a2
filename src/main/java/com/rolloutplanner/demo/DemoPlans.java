package com.rolloutplanner.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.roadmap.Roadmaps;
import com.rolloutplanner.servicelevel.GlidePath;
import com.rolloutplanner.servicelevel.ServiceLevels;

/**
 * Roadmaps, gates in the state each phase implies, the charter, and two KPIs with actuals
 * up to the current month for every demo engagement, each telling one story: where the
 * dip stays inside the expected band, both sides sign each gate a few days after it is
 * due; where it falls below (the quick-win pilots and "Billing back office", the one
 * planned journey in real trouble), the client holds back its sign-off of every gate
 * after the go-live. Signatures are dated when they would have been given, not when the
 * demo data was loaded.
 */
@Component
class DemoPlans {

	// Customer satisfaction, % satisfied: a dip inside the band and one below it.
	private static final double[] CSAT_INSIDE = { 76, 74, 77, 79, 81, 82.5, 83.5, 84.5, 86, 86.5, 87, 87 };

	// Below the band from the start and still short of the old level in established
	// production: a journey in real trouble.
	private static final double[] CSAT_BELOW = { 68, 64, 67, 70, 74, 77, 79, 80, 81, 82, 83, 84 };

	// Average handling time, seconds: lower is better.
	private static final double[] AHT_INSIDE = { 350, 362, 340, 325, 312, 300, 291, 281, 270, 266, 264, 262 };

	private static final double[] AHT_BELOW = { 392, 398, 381, 360, 341, 322, 316, 309, 302, 296, 291, 288 };

	private final Engagements engagements;

	private final Roadmaps roadmaps;

	private final Commitments commitments;

	private final Kpis kpis;

	private final MessageSource messages;

	private final java.time.ZoneId zone;

	private final DemoBusinessCases businessCases;

	private final ServiceLevels serviceLevels;

	DemoPlans(Engagements engagements, Roadmaps roadmaps, Commitments commitments, Kpis kpis,
			DemoBusinessCases businessCases, ServiceLevels serviceLevels, MessageSource messages,
			java.time.Clock clock) {
		this.businessCases = businessCases;
		this.serviceLevels = serviceLevels;
		this.zone = clock.getZone();
		this.engagements = engagements;
		this.roadmaps = roadmaps;
		this.commitments = commitments;
		this.kpis = kpis;
		this.messages = messages;
	}

	void addTo(Organisation aurora, Organisation nordic, Organisation lumo, Organisation helmi, LocalDate today) {
		Map<String, Scenario> scenarios = new java.util.HashMap<>(
				Map.of("Customer service Finland", new Scenario(true, true, true), "Webshop chat pilot",
						new Scenario(false, false, false), "Energy advice line", new Scenario(true, true, true),
						"Billing back office", new Scenario(true, true, false), "Outage hotline",
						new Scenario(true, false, true), "Swedish market support", new Scenario(true, true, true),
						"Lumo webshop support", new Scenario(false, false, false), "Lumo returns back office",
						new Scenario(true, true, true), "Lumo social media care", new Scenario(true, true, true),
						"Lumo loyalty desk", new Scenario(true, true, true)));
		// The proposals for e-mail care: Nordic's with a glide path and a credit holiday,
		// Helmi's with full service levels from the first day (flagged). Neither signed.
		scenarios.put(DemoData.EMAIL_NORDIC, new Scenario(true, false, true));
		scenarios.put(DemoData.EMAIL_HELMI, new Scenario(true, false, false));
		DemoHistory.SAMPLES
			.forEach((sample) -> scenarios.put(sample.name(), new Scenario(true, true, sample.dipInside())));
		this.engagements
			.readAll(Access.toEverything(),
					(e) -> new Target(e.getId(), e.getName(), e.getGoLiveDate(), e.getClient(), e.getPartner()))
			.forEach((target) -> addTo(target, scenarios.get(target.name()), today));
	}

	private void addTo(Target target, Scenario scenario, LocalDate today) {
		CurrentUser client = manager(target.client());
		CurrentUser partner = manager(target.partner());
		Placement placement = PhaseCalendar.place(target.goLive(), today);
		if (scenario.roadmap()) {
			// Recorded as the journey went: added well before the go-live, the past steps
			// done.
			this.roadmaps.addStarter(target.id(), (key) -> this.messages.getMessage(key, null, Locale.ENGLISH), client,
					target.goLive().minusDays(60), today);
		}
		LocalDate goLive = target.goLive();
		for (GateType gate : GateType.values()) {
			boolean reached = placement.isLive() && placement.monthOfJourney() > gate.month();
			if (gate == GateType.GO_LIVE && placement.isLive()) {
				LocalDate signed = goLive.minusDays(3);
				this.commitments.signGate(target.id(), gate, client, at(signed, 13, 20));
				this.commitments.signGate(target.id(), gate, partner, at(signed, 16, 45));
			}
			else if (reached) {
				LocalDate signed = earlier(gate.dueDate(goLive).plusDays(3), today);
				this.commitments.signGate(target.id(), gate, partner, at(signed, 10, 10));
				if (scenario.dipInside()) {
					this.commitments.signGate(target.id(), gate, client, at(signed, 14, 50));
				}
			}
			else if (gate == GateType.GO_LIVE && placement.phase() == Phase.PRE_LAUNCH) {
				this.commitments.signGate(target.id(), gate, client, at(earlier(goLive.minusDays(10), today), 9, 30));
			}
		}
		addKpis(target, placement.monthOfJourney(), scenario.dipInside(), scenario.roadmap(), client,
				DemoHistory.named(target.name()).map(DemoHistory.Sample::depth).orElse(null));
		this.businessCases.addTo(target.id(), target.name(), placement.monthOfJourney(), partner);
		// The terms annex is signed last, when its terms are all there.
		if (scenario.charter()) {
			LocalDate signed = earlier(goLive.minusDays(16), today);
			this.commitments.signAnnex(target.id(), client, at(signed, 11, 5));
			this.commitments.signAnnex(target.id(), partner, at(earlier(signed.plusDays(2), today), 15, 30));
		}
		if (OUTAGE_HOTLINE.equals(target.name())) {
			// Signed a month ago; since then the sides lowered the cap of the credits,
			// and
			// the client has signed the new version: the partner's signature is missing.
			this.commitments.signAnnex(target.id(), client, at(today.minusDays(30), 10, 15));
			this.commitments.signAnnex(target.id(), partner, at(today.minusDays(28), 14, 0));
			this.serviceLevels.cap(target.id(), 10, client);
			this.commitments.signAnnex(target.id(), client);
		}
	}

	/** The engagement whose terms annex was signed and then renegotiated. */
	static final String OUTAGE_HOTLINE = "Outage hotline";

	private java.time.Instant at(LocalDate date, int hour, int minute) {
		return date.atTime(hour, minute).atZone(this.zone).toInstant();
	}

	/** The date, or yesterday if the date has not come yet. */
	private static LocalDate earlier(LocalDate date, LocalDate today) {
		return date.isBefore(today) ? date : today.minusDays(1);
	}

	private void addKpis(Target target, int currentMonth, boolean inside, boolean agreed, CurrentUser user,
			Double depth) {
		Kpi csat = this.kpis.add(target.id(), new Kpi.Settings("Customer satisfaction", "%", KpiKind.QUALITY,
				Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(82), BigDecimal.valueOf(86), 9, BigDecimal.valueOf(15)),
				user);
		Kpi aht = this.kpis.add(target.id(), new Kpi.Settings("Average handling time", "s", KpiKind.EFFICIENCY,
				Direction.LOWER_IS_BETTER, BigDecimal.valueOf(300), BigDecimal.valueOf(270), 9, BigDecimal.valueOf(25)),
				user);
		for (int month = 1; month <= currentMonth; month++) {
			if (depth != null) {
				// Generated history: the usual journey, its dip in the first six months
				// made shallower or deeper.
				record(target, csat, month, deepened(CSAT_INSIDE, 82, depth), user);
				record(target, aht, month, deepened(AHT_INSIDE, 300, depth), user);
			}
			else {
				record(target, csat, month, inside ? CSAT_INSIDE : CSAT_BELOW, user);
				record(target, aht, month, inside ? AHT_INSIDE : AHT_BELOW, user);
			}
		}
		// The journeys prepared for the dip agreed the glide path proposed from the
		// expected band; the others full service levels from the first month, and their
		// credits show it. The pilots agreed none.
		for (Kpi kpi : agreed ? List.of(csat, aht) : List.<Kpi>of()) {
			GlidePath path = inside ? ServiceLevels.propose(kpi.definition())
					: new GlidePath(List.of(new GlidePath.Step(1, kpi.getTarget().stripTrailingZeros())), 10, 0);
			this.serviceLevels.agree(target.id(), kpi.getId(), path, null, user);
		}
	}

	/** The series with its distance from the baseline in months 1–6 times the depth. */
	private static double[] deepened(double[] series, double baseline, double depth) {
		double[] deeper = series.clone();
		for (int i = 0; i < 6; i++) {
			deeper[i] = Math.round((baseline + (series[i] - baseline) * depth) * 10) / 10.0;
		}
		return deeper;
	}

	private void record(Target target, Kpi kpi, int month, double[] series, CurrentUser user) {
		double value = series[Math.min(month, series.length) - 1];
		this.kpis.record(target.id(), kpi.getId(), month, BigDecimal.valueOf(value), user.access(), "Demo data");
	}

	static final Map<String, String> MANAGERS = Map.of("Aurora Energy", "Kaisa Client", "Nordic Contact Partners",
			"Pekka Partner", "Lumo Retail", "Olli Other", "Helmi Service", "Hanna Helmi");

	static CurrentUser manager(Organisation organisation) {
		return new CurrentUser(null, "demo", MANAGERS.getOrDefault(organisation.getName(), "Demo data"), null,
				organisation.getId(), organisation.getName(), Role.MANAGER, true, false);
	}

	private record Target(Long id, String name, LocalDate goLive, Organisation client, Organisation partner) {
	}

	private record Scenario(boolean roadmap, boolean charter, boolean dipInside) {
	}

}
