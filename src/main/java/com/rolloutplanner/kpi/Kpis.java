package com.rolloutplanner.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.FieldChange;
import com.rolloutplanner.input.CsvLines;
import com.rolloutplanner.kpi.KpiEvents.KpiActualRecorded;
import com.rolloutplanner.kpi.KpiEvents.KpiActualsImported;
import com.rolloutplanner.kpi.KpiEvents.KpiAdded;
import com.rolloutplanner.kpi.KpiEvents.KpiChanged;
import com.rolloutplanner.kpi.KpiEvents.KpiRemoved;
import com.rolloutplanner.listing.KpiState;
import com.rolloutplanner.listing.ListingContributor;
import com.rolloutplanner.listing.ListingDraft;
import com.rolloutplanner.phase.DateWindow;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.quickwin.PlanContributor;
import com.rolloutplanner.quickwin.QuickWinSubject.Contribution;
import com.rolloutplanner.quickwin.QuickWinSubject.Target;
import com.rolloutplanner.system.StaleVersionException;

/**
 * The KPIs of engagements and their monthly actuals, behind the engagement's own access
 * check; every change is published as an event. A KPI's target month counts for the
 * quick-win rules like a goal's.
 */
@Service
@Transactional(readOnly = true)
public class Kpis implements PlanContributor, ListingContributor {

	private final KpiRepository kpis;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	Kpis(KpiRepository kpis, Engagements engagements, ApplicationEventPublisher events) {
		this.kpis = kpis;
		this.engagements = engagements;
		this.events = events;
	}

	public List<Kpi> kpis(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.kpis.findByEngagementIdOrderByNameAsc(engagementId);
	}

	/**
	 * The KPIs of a visible engagement, mapped inside the transaction (actuals load
	 * lazily).
	 */
	public <T> List<T> readAll(Long engagementId, Access access, Function<Kpi, T> mapper) {
		return kpis(engagementId, access).stream().map(mapper).toList();
	}

	/**
	 * The KPIs with these ids (those that exist), whoever may see them, mapped inside the
	 * transaction: for what other modules derive from KPIs (the quick-win subject).
	 */
	public <T> List<T> readByIds(Collection<Long> kpiIds, Function<Kpi, T> mapper) {
		return kpiIds.isEmpty() ? List.of() : this.kpis.findByIdIn(kpiIds).stream().map(mapper).toList();
	}

	public Kpi kpi(Long engagementId, Long kpiId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.kpis.findByIdAndEngagementId(kpiId, engagementId)
			.orElseThrow(() -> new KpiNotFoundException(kpiId));
	}

	/**
	 * The KPI's name as stored and how many actuals it holds (what deleting it would
	 * delete with it), read in one go.
	 */
	public Stored stored(Long engagementId, Long kpiId, Access access) {
		Kpi kpi = kpi(engagementId, kpiId, access);
		return new Stored(kpi.getName(), kpi.getActuals().size());
	}

	/** A KPI's name as stored and the number of its actuals. */
	public record Stored(String name, int actuals) {
	}

	public boolean nameTaken(Long engagementId, String name, Long exceptId) {
		return this.kpis.findByEngagementIdOrderByNameAsc(engagementId)
			.stream()
			.anyMatch((k) -> k.getName().equalsIgnoreCase(name.strip()) && !k.getId().equals(exceptId));
	}

	@Transactional
	public Kpi add(Long engagementId, Kpi.Settings settings, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		Kpi kpi = this.kpis.saveAndFlush(new Kpi(engagementId, settings));
		this.events.publishEvent(new KpiAdded(engagementId, kpi.getId(), kpi.getName(), user.signature()));
		return kpi;
	}

	@Transactional
	public void change(Long engagementId, Long kpiId, Long basedOnVersion, Kpi.Settings settings, CurrentUser user) {
		Kpi kpi = kpi(engagementId, kpiId, user.access());
		StaleVersionException.requireCurrent("KPI", kpiId, kpi.getVersion(), basedOnVersion);
		Kpi.Settings before = kpi.settings();
		kpi.change(settings);
		try {
			this.kpis.saveAndFlush(kpi);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("KPI", kpiId);
		}
		List<FieldChange> changes = FieldChange.between(values(before), values(kpi.settings()));
		if (!changes.isEmpty()) {
			boolean lowered = settings.direction()
				.better(before.target().doubleValue(), settings.target().doubleValue());
			this.events
				.publishEvent(new KpiChanged(engagementId, kpiId, before.name(), changes, lowered, user.signature()));
		}
	}

	@Transactional
	public void remove(Long engagementId, Long kpiId, CurrentUser user) {
		Kpi kpi = kpi(engagementId, kpiId, user.access());
		this.kpis.delete(kpi);
		this.events.publishEvent(new KpiRemoved(engagementId, kpi.getName(), user.signature()));
	}

	/**
	 * Creates or replaces the actual of a month, and judges it against the expected band.
	 */
	@Transactional
	public RecordedActual record(Long engagementId, Long kpiId, int month, BigDecimal value, Access access,
			String actor) {
		Kpi kpi = kpi(engagementId, kpiId, access);
		BigDecimal before = kpi.getActuals().get(month);
		kpi.record(month, value);
		try {
			this.kpis.saveAndFlush(kpi);
		}
		catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException ex) {
			// Someone recorded the same month at the same moment: theirs stands, this one
			// is refused.
			throw new StaleVersionException("KPI actual", kpiId + "@" + month);
		}
		RecordedActual recorded = RecordedActual.of(kpi.definition(), month, value);
		this.events.publishEvent(new KpiActualRecorded(engagementId, kpiId, kpi.getName(), kpi.getUnit(), month, before,
				value, fellBelowBand(kpi.definition(), month, before, value), actor));
		return recorded;
	}

	/**
	 * Whether a month's actual fell below the expected band with this value: below it
	 * now, and not below it before (or recorded for the first time).
	 */
	private static boolean fellBelowBand(KpiDefinition definition, int month, BigDecimal before, BigDecimal value) {
		boolean below = RecordedActual.of(definition, month, value).judgement() == Judgement.BELOW_EXPECTED;
		boolean wasBelow = before != null
				&& RecordedActual.of(definition, month, before).judgement() == Judgement.BELOW_EXPECTED;
		return below && !wasBelow;
	}

	/** Imports actuals from CSV: all lines or none. */
	@Transactional
	public CsvLines.Result<CsvActuals.Entry> importCsv(Long engagementId, String content, CurrentUser user,
			Locale locale) {
		Map<String, Kpi> byName = kpis(engagementId, user.access()).stream()
			.collect(Collectors.toMap((k) -> k.getName().toLowerCase(Locale.ROOT), Function.identity()));
		CsvLines.Result<CsvActuals.Entry> result = CsvActuals.read(content, byName, locale);
		if (result.isValid()) {
			List<KpiEvents.BelowBand> fellBelow = new java.util.ArrayList<>();
			result.entries().forEach((entry) -> {
				BigDecimal before = entry.kpi().getActuals().get(entry.month());
				entry.kpi().record(entry.month(), entry.value());
				if (fellBelowBand(entry.kpi().definition(), entry.month(), before, entry.value())) {
					fellBelow.add(new KpiEvents.BelowBand(entry.kpi().getName(), entry.kpi().getUnit(), entry.month(),
							entry.value()));
				}
			});
			byName.values().forEach(this.kpis::save);
			this.events.publishEvent(new KpiActualsImported(engagementId, result.entries().size(),
					List.copyOf(fellBelow), user.signature()));
		}
		return result;
	}

	@Override
	public Map<Long, Contribution> contributions(Map<Long, LocalDate> goLives) {
		return this.kpis.findByEngagementIdIn(goLives.keySet())
			.stream()
			.collect(Collectors.groupingBy(Kpi::getEngagementId))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> new Contribution(List.of(), e.getValue()
				.stream()
				.map((kpi) -> new Target(kpi.getName(), "kpi:" + kpi.getId(), kpi.getTargetMonth(), null, "kpis"))
				.toList())));
	}

	/**
	 * The state of the KPIs of each engagement on the date (engagements without KPIs are
	 * left out), read with one query for all of them.
	 */
	public Map<Long, KpiState> states(Map<Long, LocalDate> goLives, LocalDate asOf) {
		if (goLives.isEmpty()) {
			return Map.of();
		}
		return this.kpis.findByEngagementIdIn(goLives.keySet())
			.stream()
			.collect(Collectors.groupingBy(Kpi::getEngagementId))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> stateOf(e.getValue(), goLives.get(e.getKey()), asOf)));
	}

	@Override
	public com.rolloutplanner.change.ChangedPart part() {
		return com.rolloutplanner.change.ChangedPart.KPI_ACTUALS;
	}

	/**
	 * What the listing keeps of the KPIs of each engagement, from one read of them: how
	 * they stand over time, as steps (the state changes only on the first day of a month
	 * of the journey for which some KPI has an actual, so a handful of steps say it for
	 * every date; each step is the {@link #states} of its first day), and the days on
	 * which each KPI lacks the actual of the last completed month (see {@link KpiGap}).
	 * Engagements without KPIs have neither.
	 */
	@Override
	public void contribute(ListingDraft draft) {
		Map<Long, LocalDate> goLives = draft.goLives();
		if (goLives.isEmpty()) {
			return;
		}
		this.kpis.findByEngagementIdIn(goLives.keySet())
			.stream()
			.collect(Collectors.groupingBy(Kpi::getEngagementId))
			.forEach((id, list) -> {
				LocalDate goLive = goLives.get(id);
				steps(list, goLive, (from, until, state) -> draft.kpiState(id, from, until, state));
				list.stream()
					.flatMap((kpi) -> KpiGap.of(kpi.getName(), goLive, kpi.getActuals().keySet()).stream())
					.forEach((gap) -> draft.kpiGap(id, gap.name(), gap.from(), gap.until()));
				for (Kpi kpi : list) {
					KpiDefinition definition = kpi.definition();
					kpi.getActuals().forEach((month, value) -> {
						BandPosition position = BandPosition.of(definition, month, value.doubleValue());
						draft.kpiMonth(id, kpi.getId(), kpi.getName(), kpi.getKind().name(), month,
								position.judgement().name(), position.relativePercent(), position.bandGapPercent());
					});
				}
			});
	}

	/** How the KPIs stand from a date until another (exclusive; open-ended when null). */
	private interface Steps {

		void step(LocalDate from, LocalDate until, KpiState state);

	}

	private static void steps(List<Kpi> kpis, LocalDate goLive, Steps steps) {
		SortedSet<LocalDate> changes = new TreeSet<>();
		for (Kpi kpi : kpis) {
			for (Integer month : kpi.getActuals().keySet()) {
				LocalDate from = PhaseCalendar.startOfMonth(goLive, Math.max(month, 1));
				if (DateWindow.contains(from)) {
					changes.add(from);
				}
			}
		}
		LocalDate from = DateWindow.FIRST;
		KpiState state = stateOf(kpis, goLive, from);
		for (LocalDate change : changes) {
			KpiState next = stateOf(kpis, goLive, change);
			if (!next.equals(state)) {
				steps.step(from, change, state);
				from = change;
				state = next;
			}
		}
		steps.step(from, null, state);
	}

	private static KpiState stateOf(List<Kpi> kpis, LocalDate goLive, LocalDate asOf) {
		int[] c = new int[4];
		var placement = PhaseCalendar.place(goLive, asOf);
		for (Kpi kpi : kpis) {
			c[0]++;
			kpi.getActuals()
				.entrySet()
				.stream()
				.filter((actual) -> placement.isLive() && actual.getKey() <= placement.monthOfJourney())
				.max(Map.Entry.comparingByKey())
				.ifPresent((latest) -> {
					c[1]++;
					Judgement judgement = ExpectedBand.judge(kpi.definition(), latest.getKey(),
							latest.getValue().doubleValue());
					if (judgement == Judgement.BELOW_EXPECTED) {
						c[2]++;
					}
					else if (judgement == Judgement.BETTER_THAN_EXPECTED) {
						c[3]++;
					}
				});
		}
		return new KpiState(c[0], c[1], c[2], c[3]);
	}

	private static Map<String, Object> values(Kpi.Settings s) {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("kpi.name", s.name());
		values.put("kpi.unit", s.unit());
		values.put("kpi.kind", s.kind());
		values.put("kpi.direction", s.direction());
		values.put("kpi.baseline", s.baseline().stripTrailingZeros());
		values.put("kpi.target", s.target().stripTrailingZeros());
		values.put("kpi.targetMonth", s.targetMonth());
		values.put("kpi.allowedDipPercent", s.allowedDipPercent().stripTrailingZeros());
		return values;
	}

	/** An actual as stored, with its judgement and the band of its month. */
	public record RecordedActual(int month, BigDecimal value, Judgement judgement, Double expectedLow,
			Double expectedHigh) {

		public static RecordedActual of(KpiDefinition kpi, int month, BigDecimal value) {
			ExpectedBand band = ExpectedBand.of(kpi, month);
			return new RecordedActual(month, value, ExpectedBand.judge(kpi, month, value.doubleValue()),
					band.low(kpi.direction()), band.high(kpi.direction()));
		}

	}

}
