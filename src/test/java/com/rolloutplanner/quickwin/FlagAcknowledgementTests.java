package com.rolloutplanner.quickwin;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Acknowledging a flag, on the real database: kept for the same finding only. */
@RolloutIntegrationTest
@WithUserDetails(value = "ack.manager", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class FlagAcknowledgementTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Engagements engagements;

	@Autowired
	Organisations organisations;

	@Autowired
	Clock clock;

	Long id;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void createAPilot() {
		TestUsers.ensure(this.accounts, this.organisations, "ack.manager", "Anna Ack", "Ack Client", Role.MANAGER);
		Engagement engagement = this.engagements.create(terms(ContractModel.PILOT, 4), "Test");
		this.id = engagement.getId();
	}

	@Test
	void anAcknowledgedFlagStaysVisibleMutedWithItsReason() {
		acknowledge("PILOT_MODEL", "PILOT", "A pilot is required by public procurement law");

		assertThat(this.mvc.get().uri("/engagements/" + this.id)).bodyText()
			.contains("flag flag-CRITICAL flag-acknowledged", "A pilot is required by public procurement law",
					"Acknowledged by Anna Ack (Ack Client) on 27 Nov 2026, 12:00",
					"1 critical flag, no warnings, 1 acknowledged.");
		assertThat(this.mvc.get().uri("/?flags=critical")).bodyText().contains("Pilot engagement");
	}

	@Test
	void aReasonIsRequiredAndNothingIsRecordedWithoutIt() {
		MvcTestResult rejected = this.mvc.post()
			.with(csrf())
			.uri("/engagements/" + this.id + "/flags/acknowledge")
			.param("code", "PILOT_MODEL")
			.param("finding", "PILOT")
			.param("reason", "   ")
			.exchange();

		// The browser lands on the flag itself, whose form says what is missing.
		assertThat(rejected).hasRedirectedUrl("/engagements/" + this.id + "#flag-error");
		Object failure = rejected.getMvcResult().getFlashMap().get("ackFailure");
		assertThat(failure).isInstanceOf(java.io.Serializable.class);
		assertThat(this.mvc.get().uri("/engagements/" + this.id).flashAttr("ackFailure", failure)).bodyText()
			.contains("id=\"flag-error\"", "Give the reason for accepting this flag.", "aria-invalid=\"true\"",
					"autofocus");
		assertThat(this.mvc.get().uri("/engagements/" + this.id)).bodyText().doesNotContain("flag-acknowledged");
	}

	@Test
	void theAcknowledgementHoldsOnlyWhileTheSameFindingHolds() {
		acknowledge("SHORT_COMMITMENT", "months=4", "Extension negotiated in January");

		revise(ContractModel.PARTNERSHIP, 6);
		assertThat(this.mvc.get().uri("/engagements/" + this.id)).bodyText()
			.contains("The contract lasts 6 months")
			.doesNotContain("Extension negotiated in January");

		revise(ContractModel.PARTNERSHIP, 36);
		assertThat(this.mvc.get().uri("/engagements/" + this.id)).bodyText()
			.doesNotContain("Commitment ends too early");

		revise(ContractModel.PILOT, 4);
		assertThat(this.mvc.get().uri("/engagements/" + this.id)).bodyText()
			.contains("Extension negotiated in January");
	}

	@Test
	void aFlagThatNoLongerFiresCannotBeAcknowledged() {
		assertThat(this.mvc.post()
			.with(csrf())
			.uri("/engagements/" + this.id + "/flags/acknowledge")
			.param("code", "SHORT_COMMITMENT")
			.param("finding", "months=12")
			.param("reason", "Because")).flash().containsEntry("flashMessage", "flag.acknowledge.gone");
	}

	@Test
	void anAcknowledgementCanBeWithdrawn() {
		acknowledge("PILOT_MODEL", "PILOT", "Procurement law");

		assertThat(this.mvc.post()
			.with(csrf())
			.uri("/engagements/" + this.id + "/flags/withdraw")
			.param("code", "PILOT_MODEL")
			.param("finding", "PILOT")).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/engagements/" + this.id)).bodyText().doesNotContain("Procurement law");
	}

	@Test
	void anUnknownFlagCodeIsABadRequestNotAnError() {
		assertThat(this.mvc.post()
			.with(csrf())
			.uri("/engagements/" + this.id + "/flags/acknowledge")
			.param("code", "NO_SUCH_CODE")
			.param("finding", "x")
			.param("reason", "y")).hasStatus(400);
	}

	private void acknowledge(String code, String finding, String reason) {
		assertThat(this.mvc.post()
			.with(csrf())
			.uri("/engagements/" + this.id + "/flags/acknowledge")
			.param("code", code)
			.param("finding", finding)
			.param("reason", reason)).flash().containsEntry("flashMessage", "flag.acknowledged");
	}

	private void revise(ContractModel model, int months) {
		long version = this.engagements.read(this.id, Access.toEverything(), Engagement::getVersion);
		this.engagements.revise(this.id, version, terms(model, months), Access.toEverything(), "Test");
	}

	private com.rolloutplanner.engagement.EngagementTerms terms(ContractModel model, int months) {
		return EngagementBuilder.anEngagement()
			.name("Pilot engagement")
			.between(this.organisations.findOrAdd("Ack Client"), this.organisations.findOrAdd("Ack Partner"))
			.contract(model, months)
			.terms();
	}

}
