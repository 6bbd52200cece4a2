package com.rolloutplanner.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.quickwin.PlanContributor;
import com.rolloutplanner.quickwin.QuickWinSubject.Contribution;
import com.rolloutplanner.quickwin.QuickWinSubject.Target;

/**
 * The KPIs of engagements and their monthly actuals, behind the engagement's own access
 * check; every change goes to the engagement's history. A KPI's target month counts for
 * the quick-win rules like a goal's.
 */
@Service
@Transactional(readOnly = true)
public class Kpis implements PlanContributor {

	private final KpiRepository kpis;

	private final Engagements engagements;

	Kpis(KpiRepository kpis, Engagements engagements) {
		this.kpis = kpis;
		this.engagements = engagements;
	}

	public List<Kpi> kpis(Long engagementId, Access access) {
		this.engagements.read(engagementId, access, Engagement::getId);
		return this.kpis.findByEngagementIdOrderByNameAsc(engagementId);
	}

	/**
	 * The KPIs of a visible engagement, mapped inside the transaction (actuals load
	 * lazily).
	 */
	public <T> List<T> readAll(Long engagementId, Access access, Function<Kpi, T> mapper) {
		return kpis(engagementId, access).stream().map(mapper).toList();
	}

	public Kpi kpi(Long engagementId, Long kpiId, Access access) {
		this.engagements.read(engagementId, access, Engagement::getId);
		return this.kpis.findByIdAndEngagementId(kpiId, engagementId)
			.orElseThrow(() -> new KpiNotFoundException(kpiId));
	}

	public boolean nameTaken(Long engagementId, String name, Long exceptId) {
		return this.kpis.findByEngagementIdOrderByNameAsc(engagementId)
			.stream()
			.anyMatch((k) -> k.getName().equalsIgnoreCase(name.strip()) && !k.getId().equals(exceptId));
	}

	@Transactional
	public Kpi add(Long engagementId, Kpi.Settings settings, CurrentUser user) {
		this.engagements.read(engagementId, user.access(), Engagement::getId);
		Kpi kpi = this.kpis.save(new Kpi(engagementId, settings));
		audit(engagementId, user, "KPI_ADDED", kpi.getName(), null, describe(settings));
		return kpi;
	}

	@Transactional
	public void change(Long engagementId, Long kpiId, long basedOnVersion, Kpi.Settings settings, CurrentUser user) {
		Kpi kpi = kpi(engagementId, kpiId, user.access());
		if (kpi.getVersion() != basedOnVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Kpi.class, kpiId);
		}
		Kpi.Settings before = kpi.settings();
		kpi.change(settings);
		this.kpis.saveAndFlush(kpi);
		boolean lowered = settings.direction().better(before.target().doubleValue(), settings.target().doubleValue());
		if (!describe(before).equals(describe(settings))) {
			audit(engagementId, user, lowered ? "KPI_TARGET_LOWERED" : "KPI_CHANGED", kpi.getName(), describe(before),
					describe(settings));
		}
	}

	@Transactional
	public void remove(Long engagementId, Long kpiId, CurrentUser user) {
		Kpi kpi = kpi(engagementId, kpiId, user.access());
		this.kpis.delete(kpi);
		audit(engagementId, user, "KPI_REMOVED", kpi.getName(), describe(kpi.settings()), null);
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
		this.kpis.save(kpi);
		this.engagements.recordEvent(engagementId, access, actor, "KPI_ACTUAL", "kpi:" + kpi.getName(),
				(before != null) ? month + ": " + before.stripTrailingZeros().toPlainString() : null,
				month + ": " + value.stripTrailingZeros().toPlainString());
		return RecordedActual.of(kpi.definition(), month, value);
	}

	/** Imports actuals from CSV: all lines or none. */
	@Transactional
	public CsvActuals.Result importCsv(Long engagementId, String content, CurrentUser user) {
		Map<String, Kpi> byName = kpis(engagementId, user.access()).stream()
			.collect(Collectors.toMap((k) -> k.getName().toLowerCase(Locale.ROOT), Function.identity()));
		CsvActuals.Result result = CsvActuals.read(content, byName);
		if (result.isValid()) {
			result.entries().forEach((entry) -> entry.kpi().record(entry.month(), entry.value()));
			byName.values().forEach(this.kpis::save);
			audit(engagementId, user, "KPI_IMPORTED", "kpis", null, String.valueOf(result.entries().size()));
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

	private void audit(Long engagementId, CurrentUser user, String action, String name, String before, String after) {
		this.engagements.recordEvent(engagementId, user.access(), user.signature(), action, "kpi:" + name, before,
				after);
	}

	private static String describe(Kpi.Settings s) {
		return s.name() + " | " + s.kind() + " | " + s.direction() + " | " + plain(s.baseline()) + " → "
				+ plain(s.target()) + " | " + s.targetMonth() + " | " + plain(s.allowedDipPercent()) + " %";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
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
