package com.rolloutplanner.engagement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementTerms;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.engagement.ServiceChannel;
import com.rolloutplanner.input.DateInWindow;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.organisation.Organisation;

/**
 * What the engagement form binds: the user's input, validated field by field, never the
 * entity itself.
 */
public class EngagementForm {

	@NotBlank
	@Size(max = EngagementTerms.MAX_NAME)
	@PlainText
	private String name;

	private Long clientOrganisationId;

	@Size(max = Organisation.MAX_NAME_LENGTH)
	@PlainText
	private String newClientOrganisation;

	private Long partnerOrganisationId;

	@Size(max = Organisation.MAX_NAME_LENGTH)
	@PlainText
	private String newPartnerOrganisation;

	private Set<ServiceChannel> channels = EnumSet.noneOf(ServiceChannel.class);

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateInWindow
	private LocalDate goLiveDate;

	@NotNull
	private ContractModel contractModel;

	@NotNull
	@Min(EngagementTerms.MIN_CONTRACT_MONTHS)
	@Max(EngagementTerms.MAX_CONTRACT_MONTHS)
	private Integer contractMonths;

	@Min(0)
	@Max(EngagementTerms.MAX_ONBOARDING_HOURS)
	private Integer onboardingHours;

	@Min(0)
	@Max(EngagementTerms.MAX_ONBOARDING_BUDGET)
	private Long onboardingBudgetEur;

	@Min(1)
	@Max(EngagementTerms.MAX_PAYBACK_MONTH)
	private Integer expectedPaybackMonth;

	@Size(max = EngagementTerms.MAX_TEXT)
	@PlainText(multiline = true)
	private String learningPlan;

	@Size(max = EngagementTerms.MAX_TEXT)
	@PlainText(multiline = true)
	private String description;

	@Valid
	private List<GoalForm> goals = new ArrayList<>();

	@Size(max = EngagementTerms.MAX_SERVICE)
	@PlainText
	private String service;

	/** Only when creating: a proposal still being negotiated, not signed yet. */
	private boolean proposal;

	private Long version;

	public EngagementForm() {
		for (GoalType type : GoalType.values()) {
			this.goals.add(new GoalForm(type));
		}
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getClientOrganisationId() {
		return this.clientOrganisationId;
	}

	public void setClientOrganisationId(Long clientOrganisationId) {
		this.clientOrganisationId = clientOrganisationId;
	}

	public String getNewClientOrganisation() {
		return this.newClientOrganisation;
	}

	public void setNewClientOrganisation(String newClientOrganisation) {
		this.newClientOrganisation = newClientOrganisation;
	}

	public Long getPartnerOrganisationId() {
		return this.partnerOrganisationId;
	}

	public void setPartnerOrganisationId(Long partnerOrganisationId) {
		this.partnerOrganisationId = partnerOrganisationId;
	}

	public String getNewPartnerOrganisation() {
		return this.newPartnerOrganisation;
	}

	public void setNewPartnerOrganisation(String newPartnerOrganisation) {
		this.newPartnerOrganisation = newPartnerOrganisation;
	}

	public Set<ServiceChannel> getChannels() {
		return this.channels;
	}

	public void setChannels(Set<ServiceChannel> channels) {
		this.channels = (channels != null) ? channels : EnumSet.noneOf(ServiceChannel.class);
	}

	public LocalDate getGoLiveDate() {
		return this.goLiveDate;
	}

	public void setGoLiveDate(LocalDate goLiveDate) {
		this.goLiveDate = goLiveDate;
	}

	public ContractModel getContractModel() {
		return this.contractModel;
	}

	public void setContractModel(ContractModel contractModel) {
		this.contractModel = contractModel;
	}

	public Integer getContractMonths() {
		return this.contractMonths;
	}

	public void setContractMonths(Integer contractMonths) {
		this.contractMonths = contractMonths;
	}

	public Integer getOnboardingHours() {
		return this.onboardingHours;
	}

	public void setOnboardingHours(Integer onboardingHours) {
		this.onboardingHours = onboardingHours;
	}

	public Long getOnboardingBudgetEur() {
		return this.onboardingBudgetEur;
	}

	public void setOnboardingBudgetEur(Long onboardingBudgetEur) {
		this.onboardingBudgetEur = onboardingBudgetEur;
	}

	public Integer getExpectedPaybackMonth() {
		return this.expectedPaybackMonth;
	}

	public void setExpectedPaybackMonth(Integer expectedPaybackMonth) {
		this.expectedPaybackMonth = expectedPaybackMonth;
	}

	public String getLearningPlan() {
		return this.learningPlan;
	}

	public void setLearningPlan(String learningPlan) {
		this.learningPlan = learningPlan;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<GoalForm> getGoals() {
		return this.goals;
	}

	public void setGoals(List<GoalForm> goals) {
		this.goals = goals;
	}

	public String getService() {
		return this.service;
	}

	public void setService(String service) {
		this.service = service;
	}

	public boolean isProposal() {
		return this.proposal;
	}

	public void setProposal(boolean proposal) {
		this.proposal = proposal;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
