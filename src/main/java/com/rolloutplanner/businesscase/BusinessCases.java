package com.rolloutplanner.businesscase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.businesscase.BusinessCaseEvents.BusinessCaseChanged;
import com.rolloutplanner.businesscase.BusinessCaseEvents.BusinessCaseCreated;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualRecorded;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualRemoved;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualsImported;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.FieldChange;
import com.rolloutplanner.engagement.Onboarding;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.engagement.PaybackPlans;
import com.rolloutplanner.input.CsvLines;
import com.rolloutplanner.listing.ListingContributor;
import com.rolloutplanner.listing.ListingDraft;
import com.rolloutplanner.listing.ListingSource;
import com.rolloutplanner.quickwin.PlanContributor;
import com.rolloutplanner.quickwin.QuickWinSubject.Contribution;
import com.rolloutplanner.quickwin.QuickWinSubject.PlannedPayback;
import com.rolloutplanner.system.StaleVersionException;

/**
 * The business cases of engagements and their monthly cost actuals, behind the
 * engagement's own access check; every change is published as an event. The planned curve
 * counts for the quick-win rules.
 */
@Service
@Transactional(readOnly = true)
public class BusinessCases implements PlanContributor, ListingContributor, PaybackPlans {

	private final BusinessCaseRepository cases;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	BusinessCases(BusinessCaseRepository cases, Engagements engagements, ApplicationEventPublisher events) {
		this.cases = cases;
		this.engagements = engagements;
		this.events = events;
	}

	/** The business case of a visible engagement with its curve, if it has one. */
	public Optional<BusinessCaseView> view(Long engagementId, Access access) {
		Parties parties = this.engagements.parties(engagementId, access);
		return viewChecked(engagementId, parties.onboarding(), parties.contractMonths());
	}

	/**
	 * The same for an engagement already checked (the shared page, the report), with its
	 * onboarding and contract length as read there.
	 */
	public Optional<BusinessCaseView> viewChecked(Long engagementId, Onboarding onboarding, int contractMonths) {
		return this.cases.findByEngagementId(engagementId)
			.map((c) -> BusinessCaseView.of(c, onboarding, contractMonths));
	}

	/** What a visible engagement invests in onboarding, as its terms say. */
	public Onboarding onboarding(Long engagementId, Access access) {
		return this.engagements.parties(engagementId, access).onboarding();
	}

	@Transactional
	public void save(Long engagementId, Long basedOnVersion, BusinessCaseTerms terms, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		Optional<BusinessCase> existing = this.cases.findByEngagementId(engagementId);
		if (existing.isEmpty()) {
			if (basedOnVersion != null) {
				// Someone removed or never had the case the form was based on: nothing to
				// compare with.
				throw new StaleVersionException("business case", engagementId);
			}
			try {
				this.cases.saveAndFlush(new BusinessCase(engagementId, terms));
			}
			catch (DataIntegrityViolationException ex) {
				// Someone created it at the same moment: theirs stands.
				throw new StaleVersionException("business case", engagementId);
			}
			this.events.publishEvent(new BusinessCaseCreated(engagementId, user.signature()));
			return;
		}
		BusinessCase businessCase = existing.get();
		StaleVersionException.requireCurrent("business case", engagementId, businessCase.getVersion(), basedOnVersion);
		BusinessCaseTerms before = businessCase.terms();
		businessCase.change(terms);
		try {
			this.cases.saveAndFlush(businessCase);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("business case", engagementId);
		}
		List<FieldChange> changes = FieldChange.between(values(before), values(terms));
		if (!changes.isEmpty()) {
			this.events.publishEvent(new BusinessCaseChanged(engagementId, changes, user.signature()));
		}
	}

	/**
	 * Creates or replaces the actual cost and benefit of a month.
	 * @throws BusinessCaseMissingException when the engagement has no business case
	 */
	@Transactional
	public void record(Long engagementId, int month, BigDecimal cost, BigDecimal benefit, Access access, String actor) {
		BusinessCase businessCase = existing(engagementId, access);
		BusinessCase.MonthActual before = businessCase.getActuals().get(month);
		businessCase.record(month, cost, benefit);
		try {
			this.cases.saveAndFlush(businessCase);
		}
		catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("cost actual", engagementId + "@" + month);
		}
		this.events.publishEvent(new CostActualRecorded(engagementId, month, (before != null) ? before.cost() : null,
				cost, benefit, businessCase.terms().currency(), actor));
	}

	/**
	 * @return whether the month had an actual
	 */
	@Transactional
	public boolean forget(Long engagementId, int month, CurrentUser user) {
		BusinessCase businessCase = existing(engagementId, user.access());
		if (!businessCase.getActuals().containsKey(month)) {
			return false;
		}
		businessCase.forget(month);
		this.cases.saveAndFlush(businessCase);
		this.events.publishEvent(new CostActualRemoved(engagementId, month, user.signature()));
		return true;
	}

	/** Imports actuals from CSV: all lines or none. */
	@Transactional
	public CsvLines.Result<CsvCosts.Entry> importCsv(Long engagementId, String content, CurrentUser user,
			Locale locale) {
		BusinessCase businessCase = existing(engagementId, user.access());
		CsvLines.Result<CsvCosts.Entry> result = CsvCosts.read(content, locale);
		if (result.isValid()) {
			result.entries().forEach((entry) -> businessCase.record(entry.month(), entry.cost(), entry.benefit()));
			this.cases.save(businessCase);
			this.events.publishEvent(new CostActualsImported(engagementId, result.entries().size(), user.signature()));
		}
		return result;
	}

	@Override
	public com.rolloutplanner.change.ChangedPart part() {
		return com.rolloutplanner.change.ChangedPart.PAYBACK;
	}

	/** The payback state of each engagement of the listing that has a business case. */
	@Override
	public void contribute(ListingDraft draft) {
		Map<Long, Integer> contractMonths = draft.engagements()
			.stream()
			.collect(Collectors.toMap(ListingSource.Row::id, ListingSource.Row::contractMonths));
		if (contractMonths.isEmpty()) {
			return;
		}
		List<BusinessCase> cases = this.cases.findWithActualsByEngagementIdIn(contractMonths.keySet());
		Map<Long, Onboarding> onboarding = this.engagements
			.onboarding(cases.stream().map(BusinessCase::getEngagementId).toList());
		for (BusinessCase c : cases) {
			int horizon = PaybackCurve.horizon(contractMonths.get(c.getEngagementId()));
			PaybackCurve.Plan plan = c.terms().plan(onboarding.getOrDefault(c.getEngagementId(), Onboarding.NONE));
			PaybackCurve.Curve curve = PaybackCurve.of(plan, c.curveActuals(), horizon);
			draft.payback(c.getEngagementId(), curve.state().name(), curve.plannedPaybackMonth(),
					curve.projectedPaybackMonth());
		}
	}

	/**
	 * Where each engagement's business case stood after a month of the journey: the
	 * cumulative net benefit as recorded up to its last actual, as planned where nothing
	 * is recorded yet ({@code recorded} false), in its currency; engagements without a
	 * business case are left out. One read for all of them.
	 */
	public Map<Long, Position> positions(Map<Long, Integer> contractMonths, int month) {
		Map<Long, Position> positions = new HashMap<>();
		positions(contractMonths, month, month).forEach((id, byMonth) -> positions.put(id, byMonth.get(month)));
		return positions;
	}

	/**
	 * The {@link #positions(Map, int)} of the months {@code from} to {@code to} of each
	 * engagement, by month.
	 */
	public Map<Long, Map<Integer, Position>> positions(Map<Long, Integer> contractMonths, int from, int to) {
		Map<Long, Map<Integer, Position>> positions = new HashMap<>();
		if (contractMonths.isEmpty() || to < from) {
			return positions;
		}
		List<BusinessCase> cases = this.cases.findWithActualsByEngagementIdIn(contractMonths.keySet());
		Map<Long, Onboarding> onboarding = this.engagements
			.onboarding(cases.stream().map(BusinessCase::getEngagementId).toList());
		for (BusinessCase c : cases) {
			int horizon = Math.max(to, PaybackCurve.horizon(contractMonths.get(c.getEngagementId())));
			PaybackCurve.Plan plan = c.terms().plan(onboarding.getOrDefault(c.getEngagementId(), Onboarding.NONE));
			Map<Integer, Position> byMonth = new HashMap<>();
			for (PaybackCurve.Row row : PaybackCurve.of(plan, c.curveActuals(), horizon).rows()) {
				if (row.month() >= from && row.month() <= to) {
					byMonth.put(row.month(), new Position((row.actual() != null) ? row.actual() : row.planned(),
							row.actual() != null, c.terms().currency()));
				}
			}
			positions.put(c.getEngagementId(), byMonth);
		}
		return positions;
	}

	/** See {@link #positions(Map, int)}. */
	public record Position(BigDecimal cumulative, boolean recorded, String currency) {
	}

	@Override
	public Map<Long, Contribution> contributions(Map<Long, LocalDate> goLives) {
		if (goLives.isEmpty()) {
			return Map.of();
		}
		Map<Long, Contribution> contributions = new HashMap<>();
		List<BusinessCase> cases = this.cases.findByEngagementIdIn(goLives.keySet());
		Map<Long, Onboarding> onboarding = this.engagements
			.onboarding(cases.stream().map(BusinessCase::getEngagementId).toList());
		for (BusinessCase c : cases) {
			contributions.put(c.getEngagementId(), Contribution
				.of(c.terms().plannedPayback(onboarding.getOrDefault(c.getEngagementId(), Onboarding.NONE))));
		}
		return contributions;
	}

	@Override
	public Optional<PlannedPayback> plannedPayback(Long engagementId, Onboarding onboarding) {
		return this.cases.findByEngagementId(engagementId).map((c) -> c.terms().plannedPayback(onboarding));
	}

	private BusinessCase existing(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.cases.findByEngagementId(engagementId)
			.orElseThrow(() -> new BusinessCaseMissingException(engagementId));
	}

	private static Map<String, Object> values(BusinessCaseTerms t) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("businessCase.currency", t.currency());
		values.put("businessCase.baselineMonthlyCost", plain(t.baselineMonthlyCost()));
		values.put("businessCase.monthlyContacts", t.monthlyContacts());
		values.put("businessCase.costStartUp", plain(t.costStartUp()));
		values.put("businessCase.costLearning", plain(t.costLearning()));
		values.put("businessCase.costEstablished", plain(t.costEstablished()));
		values.put("businessCase.costContinuous", plain(t.costContinuous()));
		values.put("businessCase.plannedMonthlyBenefit", plain(t.plannedMonthlyBenefit()));
		values.put("businessCase.hourlyRate", plain(t.hourlyRate()));
		values.put("businessCase.transitionCosts", plain(t.transitionCosts()));
		return values;
	}

	private static BigDecimal plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros() : null;
	}

}
