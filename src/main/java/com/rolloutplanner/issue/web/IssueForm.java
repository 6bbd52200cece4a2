package com.rolloutplanner.issue.web;

import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.issue.IssueSeverity;

/** An issue as the form to raise one binds it; the log checks it. */
public class IssueForm {

	private String title;

	private String description;

	private IssueSeverity severity = IssueSeverity.MEDIUM;

	private Side ownerSide;

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

	public IssueSeverity getSeverity() {
		return this.severity;
	}

	public void setSeverity(IssueSeverity severity) {
		this.severity = severity;
	}

	public Side getOwnerSide() {
		return this.ownerSide;
	}

	public void setOwnerSide(Side ownerSide) {
		this.ownerSide = ownerSide;
	}

}
