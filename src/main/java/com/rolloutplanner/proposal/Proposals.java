package com.rolloutplanner.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.businesscase.BusinessCaseView;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Onboarding;
import com.rolloutplanner.engagement.Stage;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.servicelevel.ServiceLevels;
import com.rolloutplanner.servicelevel.ServiceLevels.KpiLevel;

/**
 * The proposals of one service as the client compares them, and the client's choice. Only
 * the client's side reads or chooses ({@link Engagements#compared}); a partner is
 * answered as for a missing engagement and never sees another partner's proposal.
 */
@Service
@Transactional(readOnly = true)
public class Proposals {

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final BusinessCases cases;

	private final ServiceLevels serviceLevels;

	Proposals(Engagements engagements, QuickWinAssessor assessor, BusinessCases cases, ServiceLevels serviceLevels) {
		this.engagements = engagements;
		this.assessor = assessor;
		this.cases = cases;
		this.serviceLevels = serviceLevels;
	}

	/**
	 * The proposals of the engagement's service, oldest first, each with what it says.
	 */
	public List<Compared> compare(Long engagementId, CurrentUser user) {
		List<Terms> terms = this.engagements.compared(engagementId, user.access(),
				(e) -> new Terms(e.getId(), e.getName(), e.getPartner().getName(), e.getStage(), e.getService(),
						e.getContractModel(), e.getContractMonths(), e.getGoLiveDate(), e.plan().onboarding(),
						e.getExpectedPaybackMonth(),
						this.assessor.assess(e.getId(), e.getGoLiveDate(), e.quickWinSubject())));
		return terms.stream()
			.map((t) -> new Compared(t, this.cases.viewChecked(t.id(), t.onboarding(), t.contractMonths()),
					this.serviceLevels.credits(t.id(), user.access())
						.levels()
						.stream()
						.filter(KpiLevel::agreed)
						.toList()))
			.toList();
	}

	/**
	 * The client chooses an open proposal; the other open proposals of its service are
	 * closed as not chosen.
	 * @return whether it was open to be chosen
	 */
	@Transactional
	public boolean choose(Long engagementId, CurrentUser user) {
		return this.engagements.choose(engagementId, user.access(), user.signature());
	}

	/** The terms of one proposal as compared. */
	public record Terms(Long id, String name, String partnerName, Stage stage, String service,
			ContractModel contractModel, int contractMonths, LocalDate goLive, Onboarding onboarding,
			Integer expectedPaybackMonth, Assessment assessment) {
	}

	/**
	 * One proposal beside the others: its terms, its business case (if it has one) and
	 * the service levels agreed for its KPIs.
	 */
	public record Compared(Terms terms, Optional<BusinessCaseView> businessCase, List<KpiLevel> serviceLevels) {
	}

}
