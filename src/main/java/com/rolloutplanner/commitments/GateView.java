package com.rolloutplanner.commitments;

import java.time.LocalDate;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.engagement.Side;

/**
 * A gate as shown: its date and its state on the date shown, criteria, both sign-offs and
 * what the reader may do.
 */
public record GateView(GateType type, LocalDate dueDate, String criteria, Commitments.Signature client,
		Commitments.Signature partner, Side readerSide, DueState state) {

	static GateView of(Gate gate, LocalDate dueDate, Side readerSide, LocalDate asOf) {
		Commitments.Signature client = (gate.getClientSignedAt() != null)
				? new Commitments.Signature(gate.getClientSignedBy(), gate.getClientSignedAt()) : null;
		Commitments.Signature partner = (gate.getPartnerSignedAt() != null)
				? new Commitments.Signature(gate.getPartnerSignedBy(), gate.getPartnerSignedAt()) : null;
		return new GateView(gate.getGateType(), dueDate, gate.getCriteria(), client, partner, readerSide,
				DueState.of(dueDate, client != null && partner != null, asOf));
	}

	/** Whether one side has signed and the other not yet. */
	public boolean isOneSide() {
		return (this.client != null) != (this.partner != null);
	}

	public boolean isPassed() {
		return this.client != null && this.partner != null;
	}

	public boolean canSign() {
		return (this.readerSide == Side.CLIENT && this.client == null)
				|| (this.readerSide == Side.PARTNER && this.partner == null);
	}

}
