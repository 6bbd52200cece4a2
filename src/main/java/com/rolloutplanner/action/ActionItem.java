package com.rolloutplanner.action;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.rolloutplanner.roadmap.OwnerSide;

/**
 * An action handed out in a meeting: what, which side owns it (and optionally who), by
 * when, and whether it is done. Carried to every later agenda until done.
 */
@Entity
public class ActionItem {

	public static final int MAX_TITLE = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long engagementId;

	private Long meetingId;

	private String title;

	@Enumerated(EnumType.STRING)
	private OwnerSide ownerSide;

	private String ownerUsername;

	private LocalDate dueDate;

	private boolean done;

	private Instant doneAt;

	private Instant createdAt;

	/** The agenda point of its meeting the action came from, if any. */
	private Long agendaPointId;

	protected ActionItem() {
	}

	public ActionItem(Long engagementId, Long meetingId, Long agendaPointId, Task task, Instant now) {
		this.engagementId = engagementId;
		this.meetingId = meetingId;
		this.agendaPointId = (meetingId != null) ? agendaPointId : null;
		this.createdAt = now;
		change(task, now);
	}

	public void change(Task task, Instant now) {
		this.title = task.title().strip();
		this.ownerSide = task.ownerSide();
		this.ownerUsername = (task.owner() == null || task.owner().isBlank()) ? null : task.owner().strip();
		this.dueDate = task.dueDate();
		if (task.done() && !this.done) {
			this.doneAt = now;
		}
		if (!task.done()) {
			this.doneAt = null;
		}
		this.done = task.done();
	}

	public Task task() {
		return new Task(this.title, this.ownerSide, this.ownerUsername, this.dueDate, this.done);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getEngagementId() {
		return this.engagementId;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public Long getAgendaPointId() {
		return this.agendaPointId;
	}

	public String getTitle() {
		return this.title;
	}

	public OwnerSide getOwnerSide() {
		return this.ownerSide;
	}

	public String getOwnerUsername() {
		return this.ownerUsername;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public boolean isDone() {
		return this.done;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** What an action says, as plain values. */
	public record Task(String title, OwnerSide ownerSide, String owner, LocalDate dueDate, boolean done) {

		public Task {
			com.rolloutplanner.phase.DateWindow.require(dueDate, "The due date");
		}

	}

}
