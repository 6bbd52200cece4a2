package com.rolloutplanner.agenda;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.kpi.Judgement;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.ContractTargets;
import com.rolloutplanner.kpi.KpiView;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.agenda.AgendaView.Line;
import com.rolloutplanner.servicelevel.ServiceCredits;
import com.rolloutplanner.pulse.PulseFinding;
import com.rolloutplanner.pulse.Pulses;
import com.rolloutplanner.servicelevel.ServiceLevels;
import com.rolloutplanner.system.ViewHelpers;
import com.rolloutplanner.kpi.ContractTargets;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The point of an agenda on KPIs and the cooperation: each KPI outside its expected band
 * or below the service level agreed, the actuals missing, the service credits of the
 * months before the meeting and the latest pulse.
 */
@Component
class KpiLines {

	private final ObjectProvider<ContractTargets> contracts;

	private final Pulses pulses;

	private final MessageSource messages;

	private final ViewHelpers fmt;

	KpiLines(ObjectProvider<ContractTargets> contracts, Pulses pulses, MessageSource messages, ViewHelpers fmt) {
		this.contracts = contracts;
		this.pulses = pulses;
		this.messages = messages;
		this.fmt = fmt;
	}

	/** The lines of the KPIs, the credits and the pulse on the date, in that order. */
	List<Line> lines(AgendaPreparer.Sources sources, LocalDate date, Locale locale) {
		Parties parties = sources.parties();
		List<Line> lines = new ArrayList<>(kpis(parties, sources.kpis(), date, locale));
		lines.addAll(credits(sources.credits(), PhaseCalendar.place(parties.goLive(), date).monthOfJourney(), locale));
		lines.addAll(pulse(sources, date, locale));
		return lines;
	}

	private List<Line> kpis(Parties parties, List<Kpi> kpis, LocalDate date, Locale locale) {
		Placement placement = PhaseCalendar.place(parties.goLive(), date);
		int month = placement.monthOfJourney();
		ContractTargets contracts = this.contracts.getIfAvailable();
		Map<Long, SortedMap<Integer, Double>> agreed = (contracts != null && !kpis.isEmpty())
				? contracts.of(parties.engagementId()) : Map.of();
		List<Line> lines = new ArrayList<>();
		for (Kpi kpi : kpis) {
			KpiView view = KpiView.of(kpi, month);
			if (view.current() != null && view.current().judgement() != Judgement.AS_EXPECTED) {
				lines.add(Line.of(text(locale, "agenda.kpi.outside", kpi.getName(),
						text(locale, "judgement." + view.current().judgement()), view.current().month(),
						value(view.current().value(), kpi.getUnit()))));
			}
			// The latest actual against the target the sides agreed for its month (none
			// in the credit holiday).
			Double target = (view.current() != null)
					? ContractTargets.targetIn(agreed.get(kpi.getId()), view.current().month()) : null;
			if (target != null && kpi.getDirection().better(target, view.current().value().doubleValue())) {
				lines.add(Line.of(text(locale, "agenda.kpi.serviceLevel", kpi.getName(), view.current().month(),
						value(view.current().value(), kpi.getUnit()),
						value(java.math.BigDecimal.valueOf(target), kpi.getUnit()))));
			}
			int completed = month - 1;
			if (placement.isLive() && completed >= 1 && !kpi.getActuals().containsKey(completed)) {
				lines.add(Line.of(text(locale, "agenda.kpi.missing", kpi.getName(), completed)));
			}
		}
		return lines;
	}

	/**
	 * The service credits of the months before the meeting's month: due, earned back and
	 * net, and the months whose credit was earned back by the KPIs met again.
	 */
	private List<Line> credits(ServiceLevels.Credits credits, int month, Locale locale) {
		List<ServiceCredits.Month> before = credits.table().months().stream().filter((m) -> m.month() < month).toList();
		BigDecimal due = before.stream().map(ServiceCredits.Month::due).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (due.signum() == 0) {
			return List.of();
		}
		BigDecimal back = before.stream()
			.map(ServiceCredits.Month::earnedBack)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<Line> lines = new ArrayList<>();
		lines.add(Line.of(credits.inPercent()
				? text(locale, "agenda.credits.percent", this.fmt.decimal(due), this.fmt.decimal(back),
						this.fmt.decimal(due.subtract(back)))
				: text(locale, "agenda.credits.amounts", this.fmt.money(due, credits.currency()),
						this.fmt.money(back, credits.currency()),
						this.fmt.money(due.subtract(back), credits.currency()))));
		String earnedBack = before.stream()
			.filter((m) -> m.earnedBack().signum() > 0)
			.map((m) -> Integer.toString(m.month()))
			.collect(java.util.stream.Collectors.joining(", "));
		if (!earnedBack.isEmpty()) {
			lines.add(Line.of(text(locale, "agenda.credits.earnedBack", earnedBack)));
		}
		return lines;
	}

	/**
	 * The cooperation pulse beside the numbers, as of the meeting's date: the latest
	 * scores both sides gave, and what they say (the watermelon first).
	 */
	private List<Line> pulse(AgendaPreparer.Sources sources, LocalDate date, Locale locale) {
		Pulses.PulseView pulse = this.pulses.view(sources.pulse(), sources.kpis(), null, null, date);
		Pulses.MonthScores latest = pulse.latest();
		List<Line> lines = new ArrayList<>();
		if (latest != null) {
			lines.add(Line.of(text(locale, "report.pulse", latest.month(), this.fmt.score(latest.client().score()),
					this.fmt.score(latest.partner().score()))));
		}
		for (PulseFinding finding : pulse.findings()) {
			lines.add(Line.of(text(locale, "agenda.pulse.finding", text(locale, "pulse.finding." + finding + ".title"),
					text(locale, "severity." + (finding.isCritical() ? "CRITICAL" : "WARNING")))));
		}
		return lines;
	}

	private String value(BigDecimal value, String unit) {
		String number = this.fmt.decimal(value);
		return (unit == null || unit.isBlank()) ? number : number + " " + unit;
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
