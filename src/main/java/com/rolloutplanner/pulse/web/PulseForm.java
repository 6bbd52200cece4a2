package com.rolloutplanner.pulse.web;

import java.util.EnumMap;
import java.util.Map;

import com.rolloutplanner.pulse.Statement;

/** An answer to the pulse of a month as the form binds it. */
public class PulseForm {

	private Integer month;

	private Integer trust;

	private Integer earlyProblems;

	private Integer commitmentsKept;

	private Integer communication;

	private Integer worthIt;

	private String comment;

	private boolean internal;

	/** The form for a month, with the reader's earlier answer if any. */
	static PulseForm of(Integer month, Map<Statement, Integer> earlier) {
		PulseForm form = new PulseForm();
		form.month = month;
		form.trust = earlier.get(Statement.TRUST);
		form.earlyProblems = earlier.get(Statement.EARLY_PROBLEMS);
		form.commitmentsKept = earlier.get(Statement.COMMITMENTS_KEPT);
		form.communication = earlier.get(Statement.COMMUNICATION);
		form.worthIt = earlier.get(Statement.WORTH_IT);
		return form;
	}

	/** The values as typed, by statement (a missing one absent). */
	Map<Statement, Integer> values() {
		Map<Statement, Integer> values = new EnumMap<>(Statement.class);
		put(values, Statement.TRUST, this.trust);
		put(values, Statement.EARLY_PROBLEMS, this.earlyProblems);
		put(values, Statement.COMMITMENTS_KEPT, this.commitmentsKept);
		put(values, Statement.COMMUNICATION, this.communication);
		put(values, Statement.WORTH_IT, this.worthIt);
		return values;
	}

	private static void put(Map<Statement, Integer> values, Statement statement, Integer value) {
		if (value != null) {
			values.put(statement, value);
		}
	}

	public Integer getMonth() {
		return this.month;
	}

	public void setMonth(Integer month) {
		this.month = month;
	}

	public Integer getTrust() {
		return this.trust;
	}

	public void setTrust(Integer trust) {
		this.trust = trust;
	}

	public Integer getEarlyProblems() {
		return this.earlyProblems;
	}

	public void setEarlyProblems(Integer earlyProblems) {
		this.earlyProblems = earlyProblems;
	}

	public Integer getCommitmentsKept() {
		return this.commitmentsKept;
	}

	public void setCommitmentsKept(Integer commitmentsKept) {
		this.commitmentsKept = commitmentsKept;
	}

	public Integer getCommunication() {
		return this.communication;
	}

	public void setCommunication(Integer communication) {
		this.communication = communication;
	}

	public Integer getWorthIt() {
		return this.worthIt;
	}

	public void setWorthIt(Integer worthIt) {
		this.worthIt = worthIt;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public boolean isInternal() {
		return this.internal;
	}

	public void setInternal(boolean internal) {
		this.internal = internal;
	}

}
