package com.rolloutplanner.risk.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.risk.RiskStatus;
import com.rolloutplanner.risk.RiskTerms;
import com.rolloutplanner.risk.RiskView;

/**
 * A risk as its forms bind it: adding, changing (with the version it was read at) and the
 * issue it becomes when it happens.
 */
public class RiskForm {

	private String title;

	private Integer likelihood = 3;

	private Integer impact = 3;

	private Side ownerSide;

	private String mitigation;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate reviewDate;

	private RiskStatus status;

	private Long version;

	private IssueSeverity severity = IssueSeverity.HIGH;

	private Side issueOwnerSide;

	static RiskForm of(RiskView risk) {
		RiskForm form = new RiskForm();
		form.review(risk);
		form.issueOwnerSide = risk.terms().ownerSide();
		return form;
	}

	/** The review's fields as the risk stands (the issue's fields kept as typed). */
	void review(RiskView risk) {
		RiskTerms terms = risk.terms();
		this.title = terms.title();
		this.likelihood = terms.likelihood();
		this.impact = terms.impact();
		this.ownerSide = terms.ownerSide();
		this.mitigation = terms.mitigation();
		this.reviewDate = terms.reviewDate();
		this.status = terms.status();
		this.version = risk.version();
	}

	/** The terms as typed; only call once they were checked. */
	RiskTerms terms() {
		return new RiskTerms(this.title, this.likelihood, this.impact, this.ownerSide, this.mitigation, this.reviewDate,
				this.status);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Integer getLikelihood() {
		return this.likelihood;
	}

	public void setLikelihood(Integer likelihood) {
		this.likelihood = likelihood;
	}

	public Integer getImpact() {
		return this.impact;
	}

	public void setImpact(Integer impact) {
		this.impact = impact;
	}

	public Side getOwnerSide() {
		return this.ownerSide;
	}

	public void setOwnerSide(Side ownerSide) {
		this.ownerSide = ownerSide;
	}

	public String getMitigation() {
		return this.mitigation;
	}

	public void setMitigation(String mitigation) {
		this.mitigation = mitigation;
	}

	public LocalDate getReviewDate() {
		return this.reviewDate;
	}

	public void setReviewDate(LocalDate reviewDate) {
		this.reviewDate = reviewDate;
	}

	public RiskStatus getStatus() {
		return this.status;
	}

	public void setStatus(RiskStatus status) {
		this.status = status;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public IssueSeverity getSeverity() {
		return this.severity;
	}

	public void setSeverity(IssueSeverity severity) {
		this.severity = severity;
	}

	public Side getIssueOwnerSide() {
		return this.issueOwnerSide;
	}

	public void setIssueOwnerSide(Side issueOwnerSide) {
		this.issueOwnerSide = issueOwnerSide;
	}

}
