package com.rolloutplanner.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.quickwin.RulesOnlyAssessor;
import com.rolloutplanner.system.StaleVersionException;
import com.rolloutplanner.system.WebSliceConfiguration;

import static com.rolloutplanner.engagement.EngagementBuilder.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@WebMvcTest(EngagementController.class)
@Import({ WebSliceConfiguration.class, EngagementEditor.class, Overviews.class })
@WithUserDetails("client.manager")
class EngagementControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Engagements engagements;

	@MockitoBean
	QuickWinAssessor assessor;

	@MockitoBean
	Organisations organisations;

	Organisation aurora;

	Organisation nordic;

	Engagement engagement;

	@BeforeEach
	void setUp() {
		RulesOnlyAssessor.stub(this.assessor);
		this.aurora = organisation(1L, "Aurora Energy");
		this.nordic = organisation(2L, "Nordic Contact Partners");
		this.engagement = anEngagement().between(this.aurora, this.nordic).goLive(LocalDate.of(2026, 9, 30)).build();
		ReflectionTestUtils.setField(this.engagement, "id", 7L);
		given(this.organisations.all()).willReturn(List.of(this.aurora, this.nordic));
		given(this.organisations.find(1L)).willReturn(Optional.of(this.aurora));
		given(this.organisations.find(2L)).willReturn(Optional.of(this.nordic));
		given(this.engagements.read(eq(7L), any(), any())).willAnswer(
				(call) -> call.<java.util.function.Function<Engagement, ?>>getArgument(2).apply(this.engagement));
		given(this.engagements.read(eq(99L), any(), any())).willThrow(new EngagementNotFoundException(99L));
		given(this.engagements.parties(eq(7L), any())).willReturn(
				new Parties(7L, "Customer service Finland", 1L, 2L, LocalDate.of(2026, 9, 30), 24, Onboarding.NONE));
		given(this.engagements.parties(eq(99L), any())).willThrow(new EngagementNotFoundException(99L));
		given(this.engagements.partiesProblem(anyString(), anyString(), any())).willCallRealMethod();
	}

	@Test
	void showsTheEngagementInItsPhaseWithTheExpectedDip() {
		assertThat(this.mvc.get().uri("/engagements/7")).hasStatusOk()
			.bodyText()
			.contains("Customer service Finland", "Aurora Energy", "Nordic Contact Partners", "Start-up",
					"Month 2 of the journey, month 2 of start-up", "This drop is expected", "<svg");
	}

	@Test
	void showsTheStateOnTheAsOfDate() {
		assertThat(this.mvc.get().uri("/engagements/7?asOf=2027-04-15")).hasStatusOk()
			.bodyText()
			.contains("Established production", "Month 7 of the journey", "Shown date: 15 Apr 2027")
			.doesNotContain("Today: 15 Apr 2027");
	}

	@Test
	void fallsBackToTodayOnAnAsOfThatIsNotADate() {
		assertThat(this.mvc.get().uri("/engagements/7?asOf=yesterday")).hasStatusOk()
			.bodyText()
			.contains("is not a date", "Start-up", "Today: ")
			.doesNotContain("Shown date: ");
	}

	@Test
	void speaksFinnishWhenAsked() {
		assertThat(this.mvc.get().uri("/engagements/7?lang=fi")).hasStatusOk()
			.bodyText()
			.contains("Käynnistysjakso", "Matkan 2. kuukausi", "30.9.2026");
	}

	@Test
	void followsTheBrowserLanguage() {
		assertThat(this.mvc.get().uri("/engagements/7").header("Accept-Language", "fi-FI,fi;q=0.9")).bodyText()
			.contains("Käynnistysjakso");
	}

	@Test
	void saysAWellPreparedEngagementIsReadyForTheJourney() {
		assertThat(this.mvc.get().uri("/engagements/7")).bodyText()
			.contains("Ready for the journey")
			.doesNotContain("Critical");
	}

	@Test
	void explainsEveryFlagWithTheTipItBreaksAndLinksToTheField() {
		this.engagement.revise(anEngagement().between(this.aurora, this.nordic)
			.contract(ContractModel.PILOT, 4)
			.goal(GoalType.CUSTOMER_EXPERIENCE, 2, null)
			.goal(GoalType.COST_REDUCTION, 12, null)
			.description("Quick wins from day one")
			.terms(), java.time.Instant.parse("2026-11-02T00:00:00Z"));

		assertThat(this.mvc.get().uri("/engagements/7")).bodyText()
			.contains("3 critical flags, 1 warning.", "Pilot or trial period", "Tip 5:",
					"You can’t outsource with one toe in the cold pool.", "Commitment ends too early",
					"The goal “Improving the customer experience” is due by month 2",
					"Found in the description: “Quick wins”, “from day one”.",
					"href=\"/engagements/7/edit#contractModel\"");
	}

	@Test
	void explainsFlagsInFinnish() {
		this.engagement.revise(
				anEngagement().between(this.aurora, this.nordic).contract(ContractModel.PILOT, 4).terms(),
				java.time.Instant.parse("2026-11-02T00:00:00Z"));

		assertThat(this.mvc.get().uri("/engagements/7?lang=fi")).bodyText()
			.contains("Pilotti tai testijakso", "Vinkki 5:", "Ulkoistusta ei voi tehdä yksi varvas kylmässä altaassa.",
					"Sopimus kestää 4 kuukautta");
	}

	@Test
	void announcesTheFlagsRightAfterSaving() {
		Engagement pilot = anEngagement().between(this.aurora, this.nordic).contract(ContractModel.PILOT, 4).build();
		ReflectionTestUtils.setField(pilot, "id", 7L);
		given(this.engagements.create(any(), any())).willReturn(pilot);

		assertThat(this.mvc.post().with(csrf()).uri("/engagements/new").params(validForm())).flash()
			.containsEntry("flashMessage", "engagement.created.withFlags")
			.containsEntry("flashArgument", 2L);
	}

	@Test
	void answersNotFoundForAMissingEngagement() {
		assertThat(this.mvc.get().uri("/engagements/99")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/engagements/99/edit")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/engagements/99/delete")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void answersBadRequestForAnIdThatIsNotANumber() {
		assertThat(this.mvc.get().uri("/engagements/abc")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void createsAnEngagementFromTheFormAndRedirectsToIt() {
		given(this.engagements.create(any(), any())).willReturn(this.engagement);

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/engagements/new")
			.params(validForm())
			.param("onboardingBudgetEur", "25000")
			.param("expectedPaybackMonth", "9")
			.param("learningPlan", "  Weekly joint reviews  ")
			.param("goals[3].type", "COST_REDUCTION")
			.param("goals[3].selected", "true")
			.param("goals[3].targetMonth", "18")
			.param("goals[3].description", "10 % lower cost per contact")
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/engagements/7");
		assertThat(result).flash().containsEntry("flashMessage", "engagement.created");
		ArgumentCaptor<EngagementTerms> terms = ArgumentCaptor.forClass(EngagementTerms.class);
		verify(this.engagements).create(terms.capture(), eq("Kaisa Client (Aurora Energy)"));
		EngagementTerms saved = terms.getValue();
		assertThat(saved.name()).isEqualTo("Customer service Finland");
		assertThat(saved.client()).isSameAs(this.aurora);
		assertThat(saved.partner()).isSameAs(this.nordic);
		assertThat(saved.channels()).containsExactly(ServiceChannel.PHONE);
		assertThat(saved.goLiveDate()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(saved.contractModel()).isEqualTo(ContractModel.PARTNERSHIP);
		assertThat(saved.contractMonths()).isEqualTo(36);
		assertThat(saved.onboardingHours()).isEqualTo(400);
		assertThat(saved.onboardingBudgetEur()).isEqualTo(25_000L);
		assertThat(saved.expectedPaybackMonth()).isEqualTo(9);
		assertThat(saved.learningPlan()).isEqualTo("Weekly joint reviews");
		assertThat(saved.goals()).extracting(Goal::getType, Goal::getTargetMonth, Goal::getDescription)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(GoalType.CUSTOMER_EXPERIENCE, 9, null),
					org.assertj.core.groups.Tuple.tuple(GoalType.COST_REDUCTION, 18, "10 % lower cost per contact"));
	}

	@Test
	void refusesAnEngagementBetweenTwoOtherOrganisations() {
		Organisation lumo = organisation(3L, "Lumo Retail");
		given(this.organisations.find(3L)).willReturn(Optional.of(lumo));

		var form = validForm();
		form.set("clientOrganisationId", "3");

		assertThat(this.mvc.post().with(csrf()).uri("/engagements/new").params(form)).model()
			.extractingBindingResult("engagementForm")
			.hasFieldErrorCode("clientOrganisationId", "engagement.organisation.notYours");
		verify(this.engagements, never()).create(any(), any());
	}

	@Test
	void showsErrorsAtTheFieldsAndKeepsWhatWasTyped() {
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/engagements/new")
			.param("name", "")
			.param("clientOrganisationId", "1")
			.param("partnerOrganisationId", "1")
			.param("goLiveDate", "30.9.2026")
			.param("contractModel", "PILOT")
			.param("contractMonths", "300")
			.param("onboardingHours", "lots")
			.param("expectedPaybackMonth", "0")
			.param("learningPlan", "x".repeat(4001))
			.param("description", "We keep this text")
			.exchange();

		assertThat(result).hasStatusOk()
			.model()
			.extractingBindingResult("engagementForm")
			.hasFieldErrors("name", "partnerOrganisationId", "goLiveDate", "contractMonths", "onboardingHours",
					"expectedPaybackMonth", "learningPlan");
		assertThat(result).bodyText()
			.contains("Fill this in.", "The partner must be a different organisation from the client.",
					"Enter a date as YYYY-MM-DD.", "Use a number of at most 240.", "Enter a whole number.",
					"Use at most 4000 characters.", "We keep this text", "value=\"lots\"");
		verify(this.engagements, never()).create(any(), any());
	}

	@Test
	void onboardingBeyondItsBoundsIsRefusedAtItsFields() {
		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/engagements/new")
			.param("name", "Bounds")
			.param("onboardingHours", "1000001")
			.param("onboardingBudgetEur", "1000000000")
			.exchange();

		assertThat(result).hasStatusOk()
			.model()
			.extractingBindingResult("engagementForm")
			.hasFieldErrors("onboardingHours", "onboardingBudgetEur");
		assertThat(result).bodyText()
			.contains("Use a number of at most 1000000.", "Use a number of at most 999999999.");
		verify(this.engagements, never()).create(any(), any());
	}

	@Test
	void showsValidationErrorsInFinnish() {
		assertThat(this.mvc.post().with(csrf()).uri("/engagements/new?lang=fi").param("name", "")).bodyText()
			.contains("Täytä tämä kenttä.", "Valitse organisaatio tai lisää uusi.");
	}

	@Test
	void aGoalRowNoFormCouldSendIsABadRequestNotAnError() {
		assertThat(this.mvc.post()
			.with(csrf())
			.uri("/engagements/new")
			.params(validForm())
			.param("goals[50].type", "SCALABILITY")
			.param("goals[50].selected", "true")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void asksForTheTargetMonthOfATickedGoal() {
		assertThat(this.mvc.post()
			.with(csrf())
			.uri("/engagements/new")
			.params(validForm())
			.param("goals[3].type", "COST_REDUCTION")
			.param("goals[3].selected", "true")).model()
			.extractingBindingResult("engagementForm")
			.hasFieldErrorCode("goals[3].targetMonth", "engagement.goal.targetMonth.required");
	}

	@Test
	void refusesANewPartnerWithTheClientsName() {
		assertThat(this.mvc.post()
			.with(csrf())
			.uri("/engagements/new")
			.params(validForm())
			.param("partnerOrganisationId", "")
			.param("newPartnerOrganisation", "  aurora   energy ")).model()
			.extractingBindingResult("engagementForm")
			.hasFieldErrorCode("partnerOrganisationId", "engagement.partner.sameAsClient");
	}

	@Test
	void editFormHoldsTheCurrentTermsAndVersion() {
		assertThat(this.mvc.get().uri("/engagements/7/edit")).hasStatusOk()
			.bodyText()
			.contains("value=\"Customer service Finland\"", "value=\"2026-09-30\"", "name=\"version\"");
	}

	@Test
	void tellsTheEditorWhenSomeoneElseSavedFirstAndKeepsTheInput() {
		willThrow(new StaleVersionException("Engagement", 7L)).given(this.engagements)
			.revise(eq(7L), any(), any(), any(), any());

		MvcTestResult result = this.mvc.post()
			.with(csrf())
			.uri("/engagements/7/edit")
			.params(validForm())
			.param("name", "My renamed engagement")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Someone else saved this engagement", "My renamed engagement");
	}

	@Test
	void asksBeforeDeleting() {
		assertThat(this.mvc.get().uri("/engagements/7/delete")).hasStatusOk()
			.bodyText()
			.contains("Delete “Customer service Finland” between Aurora Energy and Nordic Contact Partners?");
	}

	@Test
	void deletesAfterConfirmation() {
		assertThat(this.mvc.post().with(csrf()).uri("/engagements/7/delete")).hasRedirectedUrl("/");
		verify(this.engagements).delete(eq(7L), any(), eq("Kaisa Client (Aurora Energy)"));
	}

	private static org.springframework.util.MultiValueMap<String, String> validForm() {
		var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
		form.add("name", "Customer service Finland");
		form.add("clientOrganisationId", "1");
		form.add("partnerOrganisationId", "2");
		form.add("channels", "PHONE");
		form.add("goLiveDate", "2026-09-30");
		form.add("contractModel", "PARTNERSHIP");
		form.add("contractMonths", "36");
		form.add("onboardingHours", "400");
		form.add("goals[0].type", "CUSTOMER_EXPERIENCE");
		form.add("goals[0].selected", "true");
		form.add("goals[0].targetMonth", "9");
		return form;
	}

	private static Organisation organisation(Long id, String name) {
		Organisation organisation = new Organisation(name);
		ReflectionTestUtils.setField(organisation, "id", id);
		return organisation;
	}

}
