package com.rolloutplanner.commitments;

import com.rolloutplanner.due.DueState;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolloutplanner.commitments.Commitments.AnnexView;
import com.rolloutplanner.commitments.Commitments.Signature;
import com.rolloutplanner.engagement.Side;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gate passes only with one sign-off of each side, and changing its criteria undoes
 * both.
 */
class GateTests {

	static final LocalDate GO_LIVE = LocalDate.of(2026, 10, 1);

	static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

	static final Instant TUESDAY = Instant.parse("2026-11-03T09:00:00Z");

	@Test
	void aGateSignedByOneSideIsNotPassed() {
		Gate gate = new Gate(1L, GateType.START_UP_EXIT);

		gate.signOff(Side.CLIENT, "Kaisa", MONDAY);

		assertThat(gate.isSignedBy(Side.CLIENT)).isTrue();
		assertThat(gate.isSignedBy(Side.PARTNER)).isFalse();
		assertThat(gate.isPassed()).isFalse();
		assertThat(gate.getClientSignedBy()).isEqualTo("Kaisa");
		assertThat(gate.getClientSignedAt()).isEqualTo(MONDAY);
		assertThat(gate.getPartnerSignedBy()).isNull();
	}

	@Test
	void aGateSignedByBothSidesIsPassed() {
		Gate gate = new Gate(1L, GateType.START_UP_EXIT);

		gate.signOff(Side.PARTNER, "Pekka", TUESDAY);
		assertThat(gate.isPassed()).isFalse();
		gate.signOff(Side.CLIENT, "Kaisa", MONDAY);

		assertThat(gate.isPassed()).isTrue();
		assertThat(gate.getPartnerSignedBy()).isEqualTo("Pekka");
		assertThat(gate.getPartnerSignedAt()).isEqualTo(TUESDAY);
		assertThat(gate.getClientSignedAt()).isEqualTo(MONDAY);
	}

	@Test
	void changingTheCriteriaUndoesBothSignOffs() {
		Gate gate = new Gate(1L, GateType.LEARNING_EXIT);
		gate.signOff(Side.CLIENT, "Kaisa", MONDAY);
		gate.signOff(Side.PARTNER, "Pekka", TUESDAY);

		assertThat(gate.changeCriteria("  Quality back at the old level  ")).isTrue();

		assertThat(gate.getCriteria()).isEqualTo("Quality back at the old level");
		assertThat(gate.isSignedBy(Side.CLIENT)).isFalse();
		assertThat(gate.isSignedBy(Side.PARTNER)).isFalse();
		assertThat(gate.getClientSignedBy()).isNull();
		assertThat(gate.getPartnerSignedBy()).isNull();
		assertThat(gate.getPartnerSignedAt()).isNull();
	}

	@Test
	void theSameCriteriaOrBlankForTheRecommendedOnesChangeNothing() {
		Gate gate = new Gate(1L, GateType.GO_LIVE);
		assertThat(gate.changeCriteria("   ")).isFalse();
		assertThat(gate.getCriteria()).isNull();
		assertThat(gate.changeCriteria("Team trained")).isTrue();
		gate.signOff(Side.CLIENT, "Kaisa", MONDAY);

		assertThat(gate.changeCriteria("Team trained ")).isFalse();
		assertThat(gate.isSignedBy(Side.CLIENT)).isTrue();
		assertThat(gate.changeCriteria(null)).isTrue();
		assertThat(gate.getCriteria()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "GO_LIVE, 0, 2026-01-31", "START_UP_EXIT, 3, 2026-04-30", "LEARNING_EXIT, 6, 2026-07-31",
			"ESTABLISHED_EXIT, 9, 2026-10-31" })
	void eachGateFallsOnAPhaseBoundaryCountedFromGoLive(GateType type, int month, LocalDate due) {
		assertThat(type.month()).isEqualTo(month);
		assertThat(type.dueDate(LocalDate.of(2026, 1, 31))).isEqualTo(due);
	}

	@Test
	void aReaderMaySignOnlyForTheirOwnSideAndOnlyOnce() {
		Gate gate = new Gate(1L, GateType.GO_LIVE);
		gate.signOff(Side.CLIENT, "Kaisa", MONDAY);
		LocalDate due = LocalDate.of(2026, 10, 1);

		GateView client = GateView.of(gate, due, Side.CLIENT, due);
		GateView partner = GateView.of(gate, due, Side.PARTNER, due);
		GateView guest = GateView.of(gate, due, null, due);

		assertThat(client.canSign()).isFalse();
		assertThat(partner.canSign()).isTrue();
		assertThat(guest.canSign()).isFalse();
		assertThat(client.isPassed()).isFalse();
		assertThat(client.client()).isEqualTo(new Signature("Kaisa", MONDAY));
		assertThat(client.partner()).isNull();
		assertThat(client.dueDate()).isEqualTo(due);
		gate.signOff(Side.PARTNER, "Pekka", TUESDAY);
		assertThat(GateView.of(gate, due, Side.PARTNER, due).isPassed()).isTrue();
		assertThat(GateView.of(gate, due, Side.PARTNER, due).canSign()).isFalse();
	}

	@Test
	void theAnnexStateNamesWhoHasSigned() {
		Signature kaisa = new Signature("Kaisa", MONDAY);
		Signature pekka = new Signature("Pekka", TUESDAY);

		assertThat(new AnnexView(1, null, null, null, Side.CLIENT, GO_LIVE, DueState.OPEN).state()).isEqualTo("NONE");
		assertThat(new AnnexView(1, kaisa, null, null, Side.CLIENT, GO_LIVE, DueState.OPEN).state())
			.isEqualTo("CLIENT_ONLY");
		assertThat(new AnnexView(1, null, pekka, null, Side.CLIENT, GO_LIVE, DueState.OPEN).state())
			.isEqualTo("PARTNER_ONLY");
		assertThat(new AnnexView(1, kaisa, pekka, null, Side.CLIENT, GO_LIVE, DueState.OPEN).state()).isEqualTo("BOTH");
		assertThat(new AnnexView(1, kaisa, pekka, null, Side.CLIENT, GO_LIVE, DueState.OPEN).isComplete()).isTrue();
		assertThat(new AnnexView(1, kaisa, null, null, Side.CLIENT, GO_LIVE, DueState.OPEN).isComplete()).isFalse();
		assertThat(new AnnexView(1, null, pekka, null, Side.CLIENT, GO_LIVE, DueState.OPEN).isComplete()).isFalse();
		assertThat(new AnnexView(1, kaisa, null, null, Side.CLIENT, GO_LIVE, DueState.OPEN).canSign()).isFalse();
		assertThat(new AnnexView(1, kaisa, null, null, Side.PARTNER, GO_LIVE, DueState.OPEN).canSign()).isTrue();
		assertThat(new AnnexView(1, null, pekka, null, Side.CLIENT, GO_LIVE, DueState.OPEN).canSign()).isTrue();
		assertThat(new AnnexView(1, null, pekka, null, Side.PARTNER, GO_LIVE, DueState.OPEN).canSign()).isFalse();
		assertThat(new AnnexView(1, null, null, null, null, GO_LIVE, DueState.OPEN).canSign()).isFalse();
	}

	@Test
	void aGateNotPassedByItsDateIsOverdueAndOnePassedIsDoneWhateverTheDate() {
		Gate gate = new Gate(1L, GateType.START_UP_EXIT);
		LocalDate due = LocalDate.of(2027, 1, 1);

		assertThat(GateView.of(gate, due, Side.CLIENT, due.minusDays(15)).state()).isEqualTo(DueState.OPEN);
		assertThat(GateView.of(gate, due, Side.CLIENT, due.minusDays(14)).state()).isEqualTo(DueState.DUE_SOON);
		assertThat(GateView.of(gate, due, Side.CLIENT, due).state()).isEqualTo(DueState.DUE_SOON);
		assertThat(GateView.of(gate, due, Side.CLIENT, due.plusDays(1)).state()).isEqualTo(DueState.OVERDUE);
		gate.signOff(Side.CLIENT, "Kaisa", MONDAY);
		assertThat(GateView.of(gate, due, Side.CLIENT, due.plusDays(1)).state()).isEqualTo(DueState.OVERDUE);
		assertThat(GateView.of(gate, due, Side.CLIENT, due.plusDays(1)).isOneSide()).isTrue();
		gate.signOff(Side.PARTNER, "Pekka", TUESDAY);
		assertThat(GateView.of(gate, due, Side.CLIENT, due.plusDays(1)).state()).isEqualTo(DueState.DONE);
		assertThat(GateView.of(gate, due, Side.CLIENT, due.plusDays(1)).isOneSide()).isFalse();
	}

}
