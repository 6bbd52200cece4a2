package com.rolloutplanner.minutes.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.steering.Decision;

/** A decision as the minutes' form binds it. */
public class DecisionForm {

	@NotBlank
	@Size(max = Decision.MAX_TEXT)
	@PlainText(multiline = true)
	private String text;

	@NotBlank
	@Size(max = Decision.MAX_DECIDED_BY)
	@PlainText
	private String decidedBy;

	/** The agenda point the decision came from, if any. */
	private Long agendaPointId;

	public Long getAgendaPointId() {
		return this.agendaPointId;
	}

	public void setAgendaPointId(Long agendaPointId) {
		this.agendaPointId = agendaPointId;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public void setDecidedBy(String decidedBy) {
		this.decidedBy = decidedBy;
	}

}
