package com.rolloutplanner.pulse;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import com.rolloutplanner.engagement.Side;

/**
 * One manager's answer to the pulse of a month: a value from 1 to 5 for each statement, a
 * comment if any (kept to the writer's side when internal). Who answered is stored so
 * that answering again replaces the answer; it is never shown to anyone.
 */
@Entity
class PulseAnswer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long engagementId;

	@Column(name = "journey_month")
	private int month;

	@Enumerated(EnumType.STRING)
	private Side side;

	private String username;

	private int trust;

	private int earlyProblems;

	private int commitmentsKept;

	private int communication;

	private int worthIt;

	private String comment;

	private boolean internal;

	private Instant answeredAt;

	protected PulseAnswer() {
	}

	PulseAnswer(Long engagementId, int month, Side side, String username) {
		this.engagementId = engagementId;
		this.month = month;
		this.side = side;
		this.username = username;
	}

	void answer(Map<Statement, Integer> values, String comment, boolean internal, Instant at) {
		this.trust = values.get(Statement.TRUST);
		this.earlyProblems = values.get(Statement.EARLY_PROBLEMS);
		this.commitmentsKept = values.get(Statement.COMMITMENTS_KEPT);
		this.communication = values.get(Statement.COMMUNICATION);
		this.worthIt = values.get(Statement.WORTH_IT);
		this.comment = comment;
		this.internal = internal;
		this.answeredAt = at;
	}

	Map<Statement, Integer> values() {
		Map<Statement, Integer> values = new EnumMap<>(Statement.class);
		values.put(Statement.TRUST, this.trust);
		values.put(Statement.EARLY_PROBLEMS, this.earlyProblems);
		values.put(Statement.COMMITMENTS_KEPT, this.commitmentsKept);
		values.put(Statement.COMMUNICATION, this.communication);
		values.put(Statement.WORTH_IT, this.worthIt);
		return values;
	}

	Long getEngagementId() {
		return this.engagementId;
	}

	int getMonth() {
		return this.month;
	}

	Side getSide() {
		return this.side;
	}

	String getUsername() {
		return this.username;
	}

	String getComment() {
		return this.comment;
	}

	boolean isInternal() {
		return this.internal;
	}

	Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
