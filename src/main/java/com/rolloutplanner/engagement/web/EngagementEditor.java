package com.rolloutplanner.engagement.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.EngagementPlan;
import com.rolloutplanner.engagement.EngagementTerms;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Goal;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.engagement.ServiceChannel;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;

/**
 * Maps the engagement form to the domain and back, in one place: the business checks that
 * field annotations cannot express, and the creation of a new organisation together with
 * the engagement in one transaction, so nothing is half-saved.
 */
@Service
class EngagementEditor {

	private final Engagements engagements;

	private final Organisations organisations;

	EngagementEditor(Engagements engagements, Organisations organisations) {
		this.engagements = engagements;
		this.organisations = organisations;
	}

	/**
	 * Rejects what the field annotations cannot: the parties (different, and one of them
	 * the user's own organisation) and the goal rows.
	 */
	@Transactional(readOnly = true)
	void validate(EngagementForm form, Errors errors, CurrentUser user) {
		String client = party(form.getClientOrganisationId(), form.getNewClientOrganisation(), "clientOrganisationId",
				errors);
		String partner = party(form.getPartnerOrganisationId(), form.getNewPartnerOrganisation(),
				"partnerOrganisationId", errors);
		String problem = (client != null && partner != null) ? this.engagements.partiesProblem(client, partner, user)
				: null;
		if ("engagement.partner.sameAsClient".equals(problem)) {
			errors.rejectValue("partnerOrganisationId", problem);
		}
		else if (problem != null) {
			errors.rejectValue("clientOrganisationId", problem, new Object[] { user.getOrganisationName() }, null);
		}
		validateGoals(form, errors);
	}

	@Transactional
	Engagement create(EngagementForm form, CurrentUser user) {
		EngagementTerms terms = toTerms(form, user.signature());
		return form.isProposal() ? this.engagements.propose(terms, user.signature())
				: this.engagements.create(terms, user.signature());
	}

	@Transactional
	Engagement revise(Long id, EngagementForm form, CurrentUser user) {
		return this.engagements.revise(id, form.getVersion(), toTerms(form, user.signature()), user.access(),
				user.signature());
	}

	static EngagementForm toForm(Engagement engagement) {
		EngagementForm form = new EngagementForm();
		form.setName(engagement.getName());
		form.setClientOrganisationId(engagement.getClient().getId());
		form.setPartnerOrganisationId(engagement.getPartner().getId());
		form.setChannels(engagement.getChannels().isEmpty() ? EnumSet.noneOf(ServiceChannel.class)
				: EnumSet.copyOf(engagement.getChannels()));
		form.setGoLiveDate(engagement.getGoLiveDate());
		form.setContractModel(engagement.getContractModel());
		form.setContractMonths(engagement.getContractMonths());
		form.setOnboardingHours(engagement.getOnboardingHours());
		form.setOnboardingBudgetEur(engagement.getOnboardingBudgetEur());
		form.setExpectedPaybackMonth(engagement.getExpectedPaybackMonth());
		form.setLearningPlan(engagement.getLearningPlan());
		form.setDescription(engagement.getDescription());
		form.setService(engagement.getService());
		for (Goal goal : engagement.getGoals()) {
			GoalForm row = form.getGoals().get(goal.getType().ordinal());
			row.setSelected(true);
			row.setTargetMonth(goal.getTargetMonth());
			row.setDescription(goal.getDescription());
		}
		form.setVersion(engagement.getVersion());
		return form;
	}

	private EngagementTerms toTerms(EngagementForm form, String actor) {
		Organisation client = resolve(form.getClientOrganisationId(), form.getNewClientOrganisation(), actor);
		Organisation partner = resolve(form.getPartnerOrganisationId(), form.getNewPartnerOrganisation(), actor);
		return new EngagementTerms(form.getName(), client, partner, form.getChannels(), form.getGoLiveDate(),
				form.getContractModel(), form.getContractMonths(), form.getOnboardingHours(),
				form.getOnboardingBudgetEur(), form.getExpectedPaybackMonth(), form.getLearningPlan(),
				form.getDescription(), goals(form), form.getService());
	}

	/**
	 * What the check of typed terms reads of the form, once the fields it reads are valid
	 * (a goal chosen without its month yet is left out until it has one).
	 */
	static EngagementPlan plan(EngagementForm form) {
		return new EngagementPlan(form.getGoLiveDate(), form.getContractModel(), form.getContractMonths(),
				form.getOnboardingHours(), form.getOnboardingBudgetEur(), form.getExpectedPaybackMonth(),
				form.getLearningPlan(), form.getDescription(), goals(form));
	}

	private static List<Goal> goals(EngagementForm form) {
		List<Goal> goals = new ArrayList<>();
		EnumSet<GoalType> seen = EnumSet.noneOf(GoalType.class);
		for (GoalForm row : form.getGoals()) {
			if (row != null && row.getType() != null && row.isSelected() && row.getTargetMonth() != null
					&& seen.add(row.getType())) {
				goals.add(new Goal(row.getType(), row.getTargetMonth(), row.getDescription()));
			}
		}
		return goals;
	}

	private Organisation resolve(Long id, String newName, String actor) {
		if (newName != null && !newName.isBlank()) {
			return this.organisations.findOrAdd(newName, actor);
		}
		return this.organisations.find(id).orElseThrow();
	}

	/** The name of the chosen or new organisation, or {@code null} after rejecting it. */
	private String party(Long id, String newName, String field, Errors errors) {
		if (newName != null && !newName.isBlank()) {
			return newName.strip().replaceAll("\\s+", " ");
		}
		Optional<Organisation> chosen = this.organisations.find(id);
		if (chosen.isEmpty() && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "engagement.organisation.required");
		}
		return chosen.map(Organisation::getName).orElse(null);
	}

	private static void validateGoals(EngagementForm form, Errors errors) {
		List<GoalForm> rows = form.getGoals();
		EnumSet<GoalType> seen = EnumSet.noneOf(GoalType.class);
		for (int i = 0; i < rows.size(); i++) {
			GoalForm row = rows.get(i);
			if (row == null || row.getType() == null || !seen.add(row.getType())) {
				errors.reject("engagement.goals.invalid");
				return;
			}
			String field = "goals[" + i + "].targetMonth";
			if (row.isSelected() && row.getTargetMonth() == null && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "engagement.goal.targetMonth.required");
			}
		}
	}

}
