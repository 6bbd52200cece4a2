package com.rolloutplanner.engagement;

import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.quickwin.QuickWinSubject.PlannedPayback;
import com.rolloutplanner.system.TimeSource;

/**
 * What typed terms would mean before anyone saves them: where the journey stands and when
 * each phase begins, the quick-win flags, and the month the business case plans to pay
 * back. The engagement form, the business-case form and the API all ask here, and nothing
 * is stored.
 */
@Service
@Transactional(readOnly = true)
public class TermsCheck {

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final PaybackPlans paybackPlans;

	private final TimeSource time;

	TermsCheck(Engagements engagements, QuickWinAssessor assessor, PaybackPlans paybackPlans, TimeSource time) {
		this.engagements = engagements;
		this.assessor = assessor;
		this.paybackPlans = paybackPlans;
		this.time = time;
	}

	/**
	 * Typed terms of a new engagement ({@code engagementId} null) or of one the reader
	 * may see, with what other features add to it and its saved business case.
	 */
	public Result check(Long engagementId, EngagementPlan plan, Access access) {
		return check(engagementId, plan, null, access);
	}

	/**
	 * The same with a business case as typed, when there is one.
	 * @param typedCase the typed case's planned payback for the typed onboarding, or
	 * {@code null} for the engagement's saved case (none for a new engagement)
	 */
	public Result check(Long engagementId, EngagementPlan plan, Function<Onboarding, PlannedPayback> typedCase,
			Access access) {
		if (engagementId != null) {
			this.engagements.parties(engagementId, access);
		}
		if (typedCase != null) {
			return result(engagementId, plan, typedCase.apply(plan.onboarding()), true);
		}
		PlannedPayback saved = (engagementId != null)
				? this.paybackPlans.plannedPayback(engagementId, plan.onboarding()).orElse(null) : null;
		return result(engagementId, plan, saved, saved != null);
	}

	/**
	 * The saved terms of an engagement the reader may see with a business case as typed.
	 * @param typedCase the typed case's planned payback for the engagement's onboarding
	 */
	public Result checkBusinessCase(Long engagementId, Access access, Function<Onboarding, PlannedPayback> typedCase) {
		EngagementPlan plan = this.engagements.read(engagementId, access, Engagement::plan);
		return result(engagementId, plan, typedCase.apply(plan.onboarding()), true);
	}

	private Result result(Long engagementId, EngagementPlan plan, PlannedPayback payback, boolean businessCase) {
		Assessment assessment = this.assessor.preview(engagementId, plan.goLiveDate(),
				plan.quickWinSubject().withPayback(payback));
		return new Result(PhaseCalendar.place(plan.goLiveDate(), this.time.today()), assessment,
				(payback != null) ? payback.month() : null, businessCase, plan.expectedPaybackMonth());
	}

	/**
	 * What the typed terms mean.
	 *
	 * @param placement where the journey stands today, with the dates of every phase
	 * @param assessment the quick-win flags (with their acknowledgements, for an
	 * engagement already saved)
	 * @param plannedPaybackMonth the first month the business case's planned cumulative
	 * net benefit is not negative; {@code null} without a business case or when it never
	 * is
	 * @param businessCase whether a business case was part of the check
	 * @param expectedPaybackMonth the month the terms say payback is expected, if they do
	 */
	public record Result(Placement placement, Assessment assessment, Integer plannedPaybackMonth, boolean businessCase,
			Integer expectedPaybackMonth) {
	}

}
