package com.rolloutplanner.action;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import com.rolloutplanner.input.DateInWindow;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.action.ActionItem.Task;

/** An action as the minutes' form binds it. */
public class ActionForm {

	@NotBlank
	@Size(max = ActionItem.MAX_TITLE)
	@PlainText
	private String title;

	@NotNull
	private OwnerSide ownerSide = OwnerSide.JOINT;

	@Size(max = 100)
	private String owner;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateInWindow
	private LocalDate dueDate;

	public Task toTask() {
		return new Task(this.title, this.ownerSide, this.owner, this.dueDate, false);
	}

	/** The agenda point of the meeting the action came from, if any. */
	private Long agendaPointId;

	public Long getAgendaPointId() {
		return this.agendaPointId;
	}

	public void setAgendaPointId(Long agendaPointId) {
		this.agendaPointId = agendaPointId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public OwnerSide getOwnerSide() {
		return this.ownerSide;
	}

	public void setOwnerSide(OwnerSide ownerSide) {
		this.ownerSide = ownerSide;
	}

	public String getOwner() {
		return this.owner;
	}

	public void setOwner(String owner) {
		this.owner = owner;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

}
