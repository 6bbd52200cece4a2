package com.rolloutplanner.changerequest.web;

import com.rolloutplanner.changerequest.ChangeArea;
import com.rolloutplanner.changerequest.ChangeTerms;

/**
 * A change request as its forms bind it: asking for one, and deciding it by a meeting's
 * decision.
 */
public class ChangeForm {

	private ChangeArea area;

	private String title;

	private String description;

	private String costEffect;

	private String timeEffect;

	private String kpiEffect;

	private Long decisionId;

	private Boolean approved;

	ChangeTerms terms() {
		return new ChangeTerms(this.area, this.title, this.description, this.costEffect, this.timeEffect,
				this.kpiEffect);
	}

	public ChangeArea getArea() {
		return this.area;
	}

	public void setArea(ChangeArea area) {
		this.area = area;
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

	public String getCostEffect() {
		return this.costEffect;
	}

	public void setCostEffect(String costEffect) {
		this.costEffect = costEffect;
	}

	public String getTimeEffect() {
		return this.timeEffect;
	}

	public void setTimeEffect(String timeEffect) {
		this.timeEffect = timeEffect;
	}

	public String getKpiEffect() {
		return this.kpiEffect;
	}

	public void setKpiEffect(String kpiEffect) {
		this.kpiEffect = kpiEffect;
	}

	public Long getDecisionId() {
		return this.decisionId;
	}

	public void setDecisionId(Long decisionId) {
		this.decisionId = decisionId;
	}

	public Boolean getApproved() {
		return this.approved;
	}

	public void setApproved(Boolean approved) {
		this.approved = approved;
	}

}
