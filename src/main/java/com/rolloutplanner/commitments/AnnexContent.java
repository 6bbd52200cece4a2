package com.rolloutplanner.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.businesscase.BusinessCaseTerms;
import com.rolloutplanner.businesscase.BusinessCaseView;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.engagement.EngagementView;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Goal;
import com.rolloutplanner.engagement.Onboarding;
import com.rolloutplanner.quickwin.AssessedFlag;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.changerequest.ChangeRequestView;
import com.rolloutplanner.changerequest.ChangeRequests;
import com.rolloutplanner.servicelevel.GlidePath;
import com.rolloutplanner.servicelevel.ServiceLevels;

/**
 * What the terms annex of an engagement says, as one fingerprint: the go-live and the
 * contract, the goals, both sides' investments and the learning plan, the business case's
 * terms (its plan and what-ifs follow from them), every agreed service level with the
 * cap, every quick-win flag with its acknowledgement, and every approved change request
 * that changes the terms. Names of the engagement and the organisations are not terms:
 * renaming changes no version. Amounts count by value ({@code 120000} and
 * {@code 120000.00} alike) and times by the second, so that the terms read back from the
 * database print the same fingerprint as when they were written.
 */
@Component
class AnnexContent {

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final BusinessCases businessCases;

	private final ServiceLevels serviceLevels;

	private final Clock clock;

	private final ChangeRequests changeRequests;

	AnnexContent(Engagements engagements, QuickWinAssessor assessor, BusinessCases businessCases,
			ServiceLevels serviceLevels, Clock clock, ChangeRequests changeRequests) {
		this.changeRequests = changeRequests;
		this.engagements = engagements;
		this.assessor = assessor;
		this.businessCases = businessCases;
		this.serviceLevels = serviceLevels;
		this.clock = clock;
	}

	/** The fingerprint of the engagement's terms now; empty when it is gone. */
	Optional<String> fingerprint(Long engagementId) {
		Access all = Access.toEverything();
		// Asked first: a read of a missing engagement would mark the transaction for
		// rollback, even when its exception is caught.
		if (this.engagements.visibleParties(engagementId, all).isEmpty()) {
			return Optional.empty();
		}
		EngagementView e = this.engagements.read(engagementId, all,
				(engagement) -> EngagementView.of(engagement, LocalDate.now(this.clock), this.assessor));
		BusinessCaseTerms terms = this.businessCases
			.viewChecked(engagementId, new Onboarding(e.onboardingHours(), e.onboardingBudgetEur()), e.contractMonths())
			.map(BusinessCaseView::terms)
			.orElse(null);
		return Optional.of(TermsLines.hash(text(e, terms, this.serviceLevels.agreed(engagementId, all),
				this.changeRequests.approvedForAnnex(engagementId, all))));
	}

	/** The terms as lines of text, each fact in a fixed order. */
	static String text(EngagementView e, BusinessCaseTerms terms, ServiceLevels.Agreed agreed,
			List<ChangeRequestView> approvedChanges) {
		StringBuilder text = new StringBuilder();
		TermsLines.line(text, "contract", e.goLiveDate(), e.contractModel(), e.contractMonths());
		TermsLines.line(text, "investment", e.onboardingHours(), e.onboardingBudgetEur(), e.expectedPaybackMonth(),
				e.learningPlan());
		for (Goal goal : e.goals()) {
			TermsLines.line(text, "goal", goal.getType(), goal.getTargetMonth(), goal.getDescription());
		}
		if (terms != null) {
			TermsLines.line(text, "case", terms.currency(), terms.baselineMonthlyCost(), terms.monthlyContacts(),
					terms.costModel(), terms.steadyFee(), terms.startUpSurcharge(), terms.costStartUp(),
					terms.costLearning(), terms.costEstablished(), terms.costContinuous(),
					terms.plannedMonthlyBenefit(), terms.hourlyRate(), terms.transitionCosts());
		}
		List<ServiceLevels.KpiLevel> levels = agreed.levels()
			.stream()
			.sorted(Comparator.comparing(ServiceLevels.KpiLevel::name).thenComparing(ServiceLevels.KpiLevel::kpiId))
			.toList();
		for (ServiceLevels.KpiLevel level : levels) {
			GlidePath path = level.path();
			TermsLines.line(text, "level", level.name(), level.unit(), level.direction(), path.creditPercent(),
					path.earnBackMonths(),
					path.steps()
						.stream()
						.map((step) -> step.fromMonth() + ":" + TermsLines.value(step.target()))
						.collect(Collectors.joining(",")));
		}
		if (!levels.isEmpty()) {
			TermsLines.line(text, "cap", agreed.capPercent());
		}
		for (AssessedFlag flag : e.assessment().flags()) {
			TermsLines.line(text, "flag", flag.flag().code(), flag.flag().severity(), flag.flag().field(),
					flag.flag().finding(),
					flag.flag().arguments().stream().map(TermsLines::value).collect(Collectors.joining(",")));
			if (flag.acknowledgement() != null) {
				TermsLines.line(text, "acknowledged", flag.acknowledgement().reason(), flag.acknowledgement().by(),
						flag.acknowledgement().at());
			}
		}
		for (ChangeRequestView change : approvedChanges) {
			TermsLines.line(text, "change", change.id(), change.area(), change.title(), change.decidedAt());
		}
		return text.toString();
	}

}
