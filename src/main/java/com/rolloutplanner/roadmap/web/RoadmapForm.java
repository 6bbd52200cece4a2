package com.rolloutplanner.roadmap.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import com.rolloutplanner.input.DateInWindow;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.roadmap.ItemStatus;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.roadmap.RoadmapItem.Plan;
import com.rolloutplanner.roadmap.RoadmapItem;

/** A roadmap item as the form binds it. */
public class RoadmapForm {

	@NotBlank
	@Size(max = RoadmapItem.MAX_TITLE)
	@PlainText
	private String title;

	@Size(max = RoadmapItem.MAX_DESCRIPTION)
	@PlainText(multiline = true)
	private String description;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateInWindow
	private LocalDate dueDate;

	@NotNull
	private OwnerSide ownerSide = OwnerSide.JOINT;

	@NotNull
	private ItemStatus status = ItemStatus.PLANNED;

	private boolean addressesDip;

	private Long version;

	static RoadmapForm of(RoadmapItem item) {
		RoadmapForm form = new RoadmapForm();
		Plan plan = item.plan();
		form.title = plan.title();
		form.description = plan.description();
		form.dueDate = plan.dueDate();
		form.ownerSide = plan.ownerSide();
		form.status = plan.status();
		form.addressesDip = plan.addressesDip();
		form.version = item.getVersion();
		return form;
	}

	Plan toPlan() {
		return new Plan(this.title, this.description, this.dueDate, this.ownerSide, this.status, this.addressesDip);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public OwnerSide getOwnerSide() {
		return this.ownerSide;
	}

	public void setOwnerSide(OwnerSide ownerSide) {
		this.ownerSide = ownerSide;
	}

	public ItemStatus getStatus() {
		return this.status;
	}

	public void setStatus(ItemStatus status) {
		this.status = status;
	}

	public boolean isAddressesDip() {
		return this.addressesDip;
	}

	public void setAddressesDip(boolean addressesDip) {
		this.addressesDip = addressesDip;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
