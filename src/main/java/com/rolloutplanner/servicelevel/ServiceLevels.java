package com.rolloutplanner.servicelevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.businesscase.BusinessCaseView;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.ContractTargets;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.ExpectedBand;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiDefinition;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.quickwin.PlanContributor;
import com.rolloutplanner.quickwin.QuickWinSubject.Contribution;
import com.rolloutplanner.quickwin.QuickWinSubject.ServiceTerm;
import com.rolloutplanner.servicelevel.ServiceLevelEvents.CreditCapChanged;
import com.rolloutplanner.servicelevel.ServiceLevelEvents.ServiceLevelAgreed;
import com.rolloutplanner.servicelevel.ServiceLevelEvents.ServiceLevelRemoved;
import com.rolloutplanner.system.StaleVersionException;

/**
 * The service levels of an engagement's KPIs and its service credits, behind the
 * engagement's access check (through its KPIs).
 */
@Service
@Transactional(readOnly = true)
public class ServiceLevels implements PlanContributor, ContractTargets {

	/** The fee of a month without a business case: the credits are then percentages. */
	private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

	private final ServiceLevelRepository levels;

	private final CreditCapRepository caps;

	private final Kpis kpis;

	private final BusinessCases businessCases;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	ServiceLevels(ServiceLevelRepository levels, CreditCapRepository caps, Kpis kpis, BusinessCases businessCases,
			Engagements engagements, ApplicationEventPublisher events) {
		this.engagements = engagements;
		this.levels = levels;
		this.caps = caps;
		this.kpis = kpis;
		this.businessCases = businessCases;
		this.events = events;
	}

	/**
	 * A KPI with its glide path ({@code null} when none is agreed) and the version of
	 * what is stored ({@code null} likewise).
	 */
	public record KpiLevel(Long kpiId, String name, String unit, Direction direction, KpiDefinition definition,
			GlidePath path, Long version) {

		public boolean agreed() {
			return this.path != null;
		}

	}

	/** One KPI with its glide path if agreed; a missing or hidden KPI is not found. */
	public KpiLevel level(Long engagementId, Long kpiId, Access access) {
		Kpi kpi = this.kpis.kpi(engagementId, kpiId, access);
		return level(kpi, this.levels.findByKpiIdAndEngagementId(kpiId, engagementId).orElse(null));
	}

	private static KpiLevel level(Kpi kpi, ServiceLevel level) {
		return new KpiLevel(kpi.getId(), kpi.getName(), kpi.getUnit(), kpi.getDirection(), kpi.definition(),
				(level != null) ? level.path() : null, (level != null) ? level.getVersion() : null);
	}

	/**
	 * The glide path the product proposes from the expected band: a holiday through
	 * start-up, the band's worst edge of each learning month as its target, and the KPI's
	 * own target from established production on; 5 % a missed month, earned back after
	 * three months met.
	 */
	public static GlidePath propose(KpiDefinition kpi) {
		List<GlidePath.Step> steps = new ArrayList<>();
		for (int month = Phase.LEARNING.startMonth() + 1; month <= Phase.ESTABLISHED.startMonth(); month++) {
			steps.add(new GlidePath.Step(month, rounded(ExpectedBand.of(kpi, month).worst())));
		}
		steps.add(new GlidePath.Step(Phase.ESTABLISHED.startMonth() + 1, rounded(kpi.target())));
		return new GlidePath(steps, 5, 3);
	}

	private static BigDecimal rounded(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	/**
	 * Agrees the KPI's glide path (checked by {@link GlidePathRules}), or changes the one
	 * agreed when the caller saw its current version ({@code null}: whatever is stored).
	 */
	@Transactional
	public void agree(Long engagementId, Long kpiId, GlidePath path, Long basedOnVersion, CurrentUser user) {
		Kpi kpi = this.kpis.kpi(engagementId, kpiId, user.access());
		Optional<ServiceLevel> stored = this.levels.findByKpiIdAndEngagementId(kpiId, engagementId);
		if (stored.isPresent() && basedOnVersion != null && stored.get().getVersion() != basedOnVersion) {
			throw new StaleVersionException("service level", kpiId);
		}
		boolean unchanged = stored.map((found) -> found.path().equals(path)).orElse(false);
		ServiceLevel level = stored.orElseGet(() -> new ServiceLevel(kpiId, engagementId));
		level.agree(path);
		try {
			this.levels.saveAndFlush(level);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("service level", kpiId);
		}
		if (!unchanged) {
			this.events.publishEvent(new ServiceLevelAgreed(engagementId, kpiId, kpi.getName(), steps(path),
					path.creditPercent(), path.earnBackMonths(), user.signature()));
		}
	}

	/** Removes the KPI's glide path; whether there was one. */
	@Transactional
	public boolean remove(Long engagementId, Long kpiId, CurrentUser user) {
		Kpi kpi = this.kpis.kpi(engagementId, kpiId, user.access());
		Optional<ServiceLevel> level = this.levels.findByKpiIdAndEngagementId(kpiId, engagementId);
		level.ifPresent((found) -> {
			this.levels.delete(found);
			this.events.publishEvent(new ServiceLevelRemoved(engagementId, kpiId, kpi.getName(), user.signature()));
		});
		return level.isPresent();
	}

	/** The cap of the engagement's monthly credits, in percent of the month's fee. */
	public int cap(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return capOf(engagementId);
	}

	private int capOf(Long engagementId) {
		return this.caps.findById(engagementId)
			.map(CreditCap::getCapPercent)
			.orElse(ServiceCredits.DEFAULT_CAP_PERCENT);
	}

	/** Sets the cap (checked by {@link GlidePathRules#isCap}). */
	@Transactional
	public void cap(Long engagementId, int percent, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		CreditCap cap = this.caps.findById(engagementId).orElseGet(() -> new CreditCap(engagementId));
		int before = cap.getCapPercent();
		if (before != percent) {
			cap.setCapPercent(percent);
			this.caps.saveAndFlush(cap);
			this.events.publishEvent(new CreditCapChanged(engagementId, before, percent, user.signature()));
		}
	}

	/**
	 * The service credits of the engagement: the table, in the business case's currency
	 * ({@code null} without a business case: every amount is then a percentage of the
	 * month's fee), every KPI with its service level if agreed, and the cap.
	 */
	public record Credits(String currency, ServiceCredits.Table table, List<KpiLevel> levels, int capPercent) {

		/** How many KPIs have a service level. */
		public int agreedKpis() {
			return (int) this.levels.stream().filter(KpiLevel::agreed).count();
		}

		public boolean inPercent() {
			return this.currency == null;
		}

		/** The names of the KPIs missed in the month. */
		public String missedNames(ServiceCredits.Month month) {
			Map<Long, String> names = this.levels.stream().collect(Collectors.toMap(KpiLevel::kpiId, KpiLevel::name));
			return month.missed().stream().map(names::get).collect(Collectors.joining(", "));
		}

	}

	/**
	 * The service levels agreed for the engagement's KPIs, by KPI name, and the cap: what
	 * the sides sign in the terms annex, without the credits of any month.
	 */
	public Agreed agreed(Long engagementId, Access access) {
		Map<Long, ServiceLevel> agreed = this.levels.findByEngagementId(engagementId)
			.stream()
			.collect(Collectors.toMap(ServiceLevel::getKpiId, (level) -> level));
		List<KpiLevel> levels = agreed.isEmpty() ? List.of()
				: this.kpis.readAll(engagementId, access, (kpi) -> level(kpi, agreed.get(kpi.getId())))
					.stream()
					.filter(KpiLevel::agreed)
					.toList();
		return new Agreed(levels, capOf(engagementId));
	}

	/** The KPIs with an agreed service level, and the cap of a month's credits. */
	public record Agreed(List<KpiLevel> levels, int capPercent) {
	}

	public Credits credits(Long engagementId, Access access) {
		Map<Long, ServiceLevel> agreed = this.levels.findByEngagementId(engagementId)
			.stream()
			.collect(Collectors.toMap(ServiceLevel::getKpiId, (level) -> level));
		// Every KPI by name with its service level, and those agreed as the rule reads
		// them, from one read of the KPIs.
		List<ServiceCredits.Kpi> withLevels = new ArrayList<>();
		List<KpiLevel> levels = this.kpis.readAll(engagementId, access, (kpi) -> {
			KpiLevel level = level(kpi, agreed.get(kpi.getId()));
			if (level.agreed()) {
				withLevels.add(new ServiceCredits.Kpi(kpi.getId(), kpi.getDirection() == Direction.HIGHER_IS_BETTER,
						level.path(), Map.copyOf(kpi.getActuals())));
			}
			return level;
		});
		Optional<BusinessCaseView> businessCase = this.businessCases.view(engagementId, access);
		IntFunction<BigDecimal> fee = businessCase
			.<IntFunction<BigDecimal>>map((view) -> (month) -> view.terms().costs().get(Phase.ofMonth(month)))
			.orElse((month) -> PERCENT);
		int cap = capOf(engagementId);
		return new Credits(businessCase.map((view) -> view.terms().currency()).orElse(null),
				ServiceCredits.of(withLevels, fee, cap), levels, cap);
	}

	/** The service terms the quick-win rules read, for the engagements' agreed levels. */
	@Override
	public Map<Long, Contribution> contributions(Map<Long, LocalDate> goLives) {
		List<ServiceLevel> agreed = goLives.isEmpty() ? List.of() : this.levels.findByEngagementIdIn(goLives.keySet());
		if (agreed.isEmpty()) {
			return Map.of();
		}
		Map<Long, ServiceLevel> byKpi = agreed.stream()
			.collect(Collectors.toMap(ServiceLevel::getKpiId, (level) -> level));
		Map<Long, List<ServiceTerm>> terms = new java.util.HashMap<>();
		this.kpis.readByIds(byKpi.keySet(), (kpi) -> {
			ServiceLevel level = byKpi.get(kpi.getId());
			return terms.computeIfAbsent(level.getEngagementId(), (id) -> new ArrayList<>())
				.add(term(kpi.getName(), kpi.getId(), kpi.definition(), level.path()));
		});
		return terms.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (e) -> Contribution.ofTerms(e.getValue())));
	}

	/**
	 * What the rules read of a KPI's glide path: whether its first target is at or beyond
	 * the KPI's own target, and which months of start-up (1–3) outside the holiday ask
	 * for more than the worst edge of the band expected that month.
	 */
	static ServiceTerm term(String name, Long kpiId, KpiDefinition kpi, GlidePath path) {
		GlidePath.Step first = path.steps().get(0);
		boolean atTarget = !kpi.direction().better(kpi.target(), first.target().doubleValue());
		List<Integer> strict = new ArrayList<>();
		for (int month = 1; month <= Phase.LEARNING.startMonth(); month++) {
			if (!path.holiday(month)
					&& kpi.direction().better(path.target(month).doubleValue(), ExpectedBand.of(kpi, month).worst())) {
				strict.add(month);
			}
		}
		return new ServiceTerm(name, String.valueOf(kpiId), path.creditPercent(), first.fromMonth(), atTarget, strict);
	}

	@Override
	public Map<Long, SortedMap<Integer, Double>> of(Long engagementId) {
		Map<Long, SortedMap<Integer, Double>> targets = new java.util.HashMap<>();
		for (ServiceLevel level : this.levels.findByEngagementId(engagementId)) {
			SortedMap<Integer, Double> steps = new java.util.TreeMap<>();
			level.path().steps().forEach((step) -> steps.put(step.fromMonth(), step.target().doubleValue()));
			targets.put(level.getKpiId(), steps);
		}
		return targets;
	}

	/** The steps as the history shows them: "month: target", in order. */
	static String steps(GlidePath path) {
		return path.steps()
			.stream()
			.map((step) -> step.fromMonth() + ": " + step.target().toPlainString())
			.collect(Collectors.joining(" · "));
	}

}
