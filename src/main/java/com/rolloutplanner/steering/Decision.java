package com.rolloutplanner.steering;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A decision recorded in a meeting's minutes: what was decided and who decided it. */
@Entity
public class Decision {

	public static final int MAX_TEXT = 1000;

	public static final int MAX_DECIDED_BY = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String text;

	private String decidedBy;

	private Instant recordedAt;

	/** The agenda point the decision came from, if any. */
	private Long agendaPointId;

	protected Decision() {
	}

	public Decision(String text, String decidedBy, Long agendaPointId, Instant recordedAt) {
		this.text = text;
		this.decidedBy = decidedBy;
		this.agendaPointId = agendaPointId;
		this.recordedAt = recordedAt;
	}

	public Long getAgendaPointId() {
		return this.agendaPointId;
	}

	/** The point it came from is gone from the agenda: the decision stays. */
	public void detachFrom(Long pointId) {
		if (pointId.equals(this.agendaPointId)) {
			this.agendaPointId = null;
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getText() {
		return this.text;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
