package com.rolloutplanner.roadmap;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;

/**
 * One step of the joint roadmap of an engagement; its phase follows from its due date.
 */
@Entity
public class RoadmapItem {

	public static final int MAX_TITLE = 200;

	public static final int MAX_DESCRIPTION = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long engagementId;

	private String title;

	private String description;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	private OwnerSide ownerSide;

	@Enumerated(EnumType.STRING)
	private ItemStatus status;

	private boolean addressesDip;

	private Instant updatedAt;

	/**
	 * The message key of a starter item's text ("starter.workshop": its ".title" and
	 * ".description"); {@code null} once someone edits the title or the description.
	 */
	private String textKey;

	protected RoadmapItem() {
	}

	RoadmapItem(Long engagementId, Plan plan, Instant now) {
		this.engagementId = engagementId;
		change(plan, now);
	}

	void change(Plan plan, Instant now) {
		String newTitle = plan.title().strip();
		String newDescription = (plan.description() == null || plan.description().isBlank()) ? null
				: plan.description().strip();
		if (!newTitle.equals(this.title) || !java.util.Objects.equals(newDescription, this.description)) {
			this.textKey = null;
		}
		this.title = newTitle;
		this.description = newDescription;
		this.dueDate = plan.dueDate();
		this.ownerSide = plan.ownerSide();
		this.status = plan.status();
		this.addressesDip = plan.addressesDip();
		this.updatedAt = now;
	}

	/** Marks the item as the starter's, its text read in the reader's language. */
	void speakStarter(String key) {
		this.textKey = key;
	}

	public String getTextKey() {
		return this.textKey;
	}

	public Plan plan() {
		return new Plan(this.title, this.description, this.dueDate, this.ownerSide, this.status, this.addressesDip);
	}

	/**
	 * Where the due date falls on the journey of an engagement going live on the date.
	 */
	public Placement placement(LocalDate goLive) {
		return PhaseCalendar.place(goLive, this.dueDate);
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

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public OwnerSide getOwnerSide() {
		return this.ownerSide;
	}

	public ItemStatus getStatus() {
		return this.status;
	}

	public boolean isAddressesDip() {
		return this.addressesDip;
	}

	/** What an item says, as plain values. */
	public record Plan(String title, String description, LocalDate dueDate, OwnerSide ownerSide, ItemStatus status,
			boolean addressesDip) {

		public Plan {
			com.rolloutplanner.phase.DateWindow.require(dueDate, "The due date");
		}

	}

}
