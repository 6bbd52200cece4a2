package com.rolloutplanner.steering;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One point of a meeting's agenda, with the minutes' notes on it. */
@Entity
public class AgendaPoint {

	public static final int MAX_TITLE = 200;

	public static final int MAX_NOTES = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	@Enumerated(EnumType.STRING)
	private AgendaKind kind;

	private String title;

	private String notes;

	private boolean notesInternal;

	protected AgendaPoint() {
	}

	public AgendaPoint(int position, AgendaKind kind, String title) {
		this.position = position;
		this.kind = kind;
		this.title = title;
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public AgendaKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	/** Whether the notes stay with the two organisations, off the shared page. */
	public boolean isNotesInternal() {
		return this.notesInternal;
	}

	public void setNotesInternal(boolean notesInternal) {
		this.notesInternal = notesInternal;
	}

}
