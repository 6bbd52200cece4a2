package com.rolloutplanner.engagement;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;

import static com.rolloutplanner.engagement.EngagementBuilder.anEngagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The engagement's pages and forms as a client manager uses them, on the real database:
 * each test has its own client and partner organisation and one engagement between them,
 * going live on 30 September 2026 (today is 27 November 2026).
 */
@RolloutIntegrationTest
class EngagementControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Organisations organisations;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	CurrentUser me;

	Organisation aurora;

	Organisation nordic;

	Engagement engagement;

	String page;

	@BeforeEach
	void setUp() {
		String suffix = Long.toString(System.nanoTime());
		TestUsers.ensure(this.accounts, this.organisations, "kaisa." + suffix, "Kaisa Client",
				"Aurora Energy " + suffix, Role.MANAGER);
		this.me = (CurrentUser) this.users.loadUserByUsername("kaisa." + suffix);
		this.aurora = this.organisations.findOrAdd("Aurora Energy " + suffix);
		this.nordic = this.organisations.findOrAdd("Nordic Contact Partners " + suffix);
		this.engagement = this.engagements
			.create(anEngagement().between(this.aurora, this.nordic).goLive(LocalDate.of(2026, 9, 30)).terms(), "Test");
		this.page = "/engagements/" + this.engagement.getId();
	}

	@Test
	void showsTheEngagementInItsPhaseWithTheExpectedDip() {
		assertThat(this.mvc.get().with(user(this.me)).uri(this.page)).hasStatusOk()
			.bodyText()
			.contains("Customer service Finland", "Aurora Energy", "Nordic Contact Partners", "Start-up",
					"Month 2 of the journey, month 2 of start-up", "This drop is expected", "<svg");
	}

	@Test
	void showsTheStateOnTheAsOfDate() {
		assertThat(this.mvc.get().with(user(this.me)).uri(this.page + "?asOf=2027-04-15")).hasStatusOk()
			.bodyText()
			.contains("Established production", "Month 7 of the journey", "Shown date: 15 Apr 2027")
			.doesNotContain("Today: 15 Apr 2027");
	}

	@Test
	void fallsBackToTodayOnAnAsOfThatIsNotADate() {
		assertThat(this.mvc.get().with(user(this.me)).uri(this.page + "?asOf=yesterday")).hasStatusOk()
			.bodyText()
			.contains("is not a date", "Start-up", "Today: ")
			.doesNotContain("Shown date: ");
	}

	@Test
	void speaksFinnishWhenAsked() {
		assertThat(this.mvc.get().with(user(this.me)).uri(this.page + "?lang=fi")).hasStatusOk()
			.bodyText()
			.contains("Käynnistysjakso", "Matkan 2. kuukausi", "30.9.2026");
	}

	@Test
	void followsTheBrowserLanguage() {
		assertThat(this.mvc.get().with(user(this.me)).uri(this.page).header("Accept-Language", "fi-FI,fi;q=0.9"))
			.bodyText()
			.contains("Käynnistysjakso");
	}

	@Test
	void saysAWellPreparedEngagementIsReadyForTheJourney() {
		assertThat(this.mvc.get().with(user(this.me)).uri(this.page)).bodyText()
			.contains("Ready for the journey")
			.doesNotContain("Critical");
	}

	@Test
	void explainsEveryFlagWithTheTipItBreaksAndLinksToTheField() {
		revise(anEngagement().between(this.aurora, this.nordic)
			.contract(ContractModel.PILOT, 4)
			.goal(GoalType.CUSTOMER_EXPERIENCE, 2, null)
			.goal(GoalType.COST_REDUCTION, 12, null)
			.description("Quick wins from day one"));

		assertThat(this.mvc.get().with(user(this.me)).uri(this.page)).bodyText()
			.contains("3 critical flags, 1 warning.", "Pilot or trial period", "Tip 5:",
					"You can’t outsource with one toe in the cold pool.", "Commitment ends too early",
					"The goal “Improving the customer experience” is due by month 2",
					"Found in the description: “Quick wins”, “from day one”.",
					"href=\"" + this.page + "/edit#contractModel\"");
	}

	@Test
	void explainsFlagsInFinnish() {
		revise(anEngagement().between(this.aurora, this.nordic).contract(ContractModel.PILOT, 4));

		assertThat(this.mvc.get().with(user(this.me)).uri(this.page + "?lang=fi")).bodyText()
			.contains("Pilotti tai testijakso", "Vinkki 5:", "Ulkoistusta ei voi tehdä yksi varvas kylmässä altaassa.",
					"Sopimus kestää 4 kuukautta");
	}

	@Test
	void announcesTheFlagsRightAfterSaving() {
		MultiValueMap<String, String> pilot = validForm();
		pilot.set("contractModel", "PILOT");
		pilot.set("contractMonths", "4");

		MvcTestResult saved = this.mvc.post()
			.with(user(this.me))
			.with(csrf())
			.uri("/engagements/new")
			.params(pilot)
			.exchange();

		// The three the page lists: two critical, one warning.
		assertThat(saved).flash()
			.containsEntry("flashMessage", "engagement.created.withFlags")
			.containsEntry("flashArgument", 3L);
		assertThat(this.mvc.get().with(user(this.me)).uri(saved.getResponse().getRedirectedUrl())).bodyText()
			.contains("2 critical flags, 1 warning.", "Pilot or trial period", "Commitment ends too early");
	}

	@Test
	void answersNotFoundForAMissingEngagement() {
		for (String missing : List.of("/engagements/" + Long.MAX_VALUE, "/engagements/" + Long.MAX_VALUE + "/edit",
				"/engagements/" + Long.MAX_VALUE + "/delete")) {
			assertThat(this.mvc.get().with(user(this.me)).uri(missing)).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

	@Test
	void answersBadRequestForAnIdThatIsNotANumber() {
		assertThat(this.mvc.get().with(user(this.me)).uri("/engagements/abc")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void createsAnEngagementFromTheFormAndRedirectsToIt() {
		MvcTestResult result = this.mvc.post()
			.with(user(this.me))
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

		assertThat(result).hasStatus3xxRedirection();
		assertThat(result).flash().containsEntry("flashMessage", "engagement.created");
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/engagements/\\d+");
		Engagement saved = this.engagements.read(Long.valueOf(location.substring("/engagements/".length())),
				this.me.access(), (e) -> {
					e.getGoals().size();
					return e;
				});
		assertThat(saved.getId()).isNotEqualTo(this.engagement.getId());
		assertThat(saved.getName()).isEqualTo("Customer service Finland");
		assertThat(saved.getClient().getId()).isEqualTo(this.aurora.getId());
		assertThat(saved.getPartner().getId()).isEqualTo(this.nordic.getId());
		assertThat(saved.getChannels()).containsExactly(ServiceChannel.PHONE);
		assertThat(saved.getGoLiveDate()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(saved.getContractModel()).isEqualTo(ContractModel.PARTNERSHIP);
		assertThat(saved.getContractMonths()).isEqualTo(36);
		assertThat(saved.getOnboardingHours()).isEqualTo(400);
		assertThat(saved.getOnboardingBudgetEur()).isEqualTo(25_000L);
		assertThat(saved.getExpectedPaybackMonth()).isEqualTo(9);
		assertThat(saved.getLearningPlan()).isEqualTo("Weekly joint reviews");
		assertThat(saved.getGoals()).extracting(Goal::getType, Goal::getTargetMonth, Goal::getDescription)
			.containsExactlyInAnyOrder(Tuple.tuple(GoalType.CUSTOMER_EXPERIENCE, 9, null),
					Tuple.tuple(GoalType.COST_REDUCTION, 18, "10 % lower cost per contact"));
		assertThat(this.mvc.get().with(user(this.me)).uri(location)).hasStatusOk()
			.bodyText()
			.contains("Customer service Finland", this.aurora.getName(), "Kaisa Client");
	}

	@Test
	void refusesAnEngagementBetweenTwoOtherOrganisations() {
		Organisation lumo = this.organisations.findOrAdd("Lumo Retail " + System.nanoTime());

		MultiValueMap<String, String> form = validForm();
		form.set("clientOrganisationId", lumo.getId().toString());

		assertThat(this.mvc.post().with(user(this.me)).with(csrf()).uri("/engagements/new").params(form)).model()
			.extractingBindingResult("engagementForm")
			.hasFieldErrorCode("clientOrganisationId", "engagement.organisation.notYours");
		assertThat(engagementsOfMine()).isEqualTo(1);
	}

	@Test
	void showsErrorsAtTheFieldsAndKeepsWhatWasTyped() {
		MvcTestResult result = this.mvc.post()
			.with(user(this.me))
			.with(csrf())
			.uri("/engagements/new")
			.param("name", "")
			.param("clientOrganisationId", this.aurora.getId().toString())
			.param("partnerOrganisationId", this.aurora.getId().toString())
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
		assertThat(engagementsOfMine()).isEqualTo(1);
	}

	@Test
	void onboardingBeyondItsBoundsIsRefusedAtItsFields() {
		MvcTestResult result = this.mvc.post()
			.with(user(this.me))
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
		assertThat(engagementsOfMine()).isEqualTo(1);
	}

	@Test
	void showsValidationErrorsInFinnish() {
		assertThat(this.mvc.post().with(user(this.me)).with(csrf()).uri("/engagements/new?lang=fi").param("name", ""))
			.bodyText()
			.contains("Täytä tämä kenttä.", "Valitse organisaatio tai lisää uusi.");
	}

	@Test
	void aGoalRowNoFormCouldSendIsABadRequestNotAnError() {
		assertThat(this.mvc.post()
			.with(user(this.me))
			.with(csrf())
			.uri("/engagements/new")
			.params(validForm())
			.param("goals[50].type", "SCALABILITY")
			.param("goals[50].selected", "true")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void asksForTheTargetMonthOfATickedGoal() {
		assertThat(this.mvc.post()
			.with(user(this.me))
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
			.with(user(this.me))
			.with(csrf())
			.uri("/engagements/new")
			.params(validForm())
			.param("partnerOrganisationId", "")
			.param("newPartnerOrganisation", "  " + this.aurora.getName().toLowerCase().replace(" ", "   ") + " "))
			.model()
			.extractingBindingResult("engagementForm")
			.hasFieldErrorCode("partnerOrganisationId", "engagement.partner.sameAsClient");
	}

	@Test
	void editFormHoldsTheCurrentTermsAndVersion() {
		assertThat(this.mvc.get().with(user(this.me)).uri(this.page + "/edit")).hasStatusOk()
			.bodyText()
			.contains("value=\"Customer service Finland\"", "value=\"2026-09-30\"", "name=\"version\"");
	}

	@Test
	void tellsTheEditorWhenSomeoneElseSavedFirstAndKeepsTheInput() {
		revise(anEngagement().between(this.aurora, this.nordic).name("Renamed by someone else"));

		MvcTestResult result = this.mvc.post()
			.with(user(this.me))
			.with(csrf())
			.uri(this.page + "/edit")
			.params(validForm())
			.param("name", "My renamed engagement")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("Someone else saved this engagement", "My renamed engagement");
		assertThat(this.engagements.read(this.engagement.getId(), this.me.access(), Engagement::getName))
			.isEqualTo("Renamed by someone else");
	}

	@Test
	void asksBeforeDeleting() {
		assertThat(this.mvc.get().with(user(this.me)).uri(this.page + "/delete")).hasStatusOk()
			.bodyText()
			.contains("Delete “Customer service Finland” between " + this.aurora.getName() + " and "
					+ this.nordic.getName() + "?");
	}

	@Test
	void deletesAfterConfirmation() {
		assertThat(this.mvc.post().with(user(this.me)).with(csrf()).uri(this.page + "/delete")).hasRedirectedUrl("/");
		assertThat(this.mvc.get().with(user(this.me)).uri(this.page)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(engagementsOfMine()).isZero();
	}

	private MultiValueMap<String, String> validForm() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", "Customer service Finland");
		form.add("clientOrganisationId", this.aurora.getId().toString());
		form.add("partnerOrganisationId", this.nordic.getId().toString());
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

	/** Someone else's change, saved first. */
	private void revise(EngagementBuilder terms) {
		this.engagements.revise(this.engagement.getId(), this.engagement.getVersion(), terms.terms(),
				Access.toEverything(), "Test");
	}

	private int engagementsOfMine() {
		return this.engagements.readAll(this.me.access(), Engagement::getId).size();
	}

}
