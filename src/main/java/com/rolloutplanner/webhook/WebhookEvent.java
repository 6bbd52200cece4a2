package com.rolloutplanner.webhook;

/** The events a webhook can be told of, with the type its deliveries name. */
public enum WebhookEvent {

	GATE_SIGNED("gate.signed"), ANNEX_SIGNED("annex.signed"), MINUTES_APPROVED("minutes.approved"),
	KPI_BELOW_BAND("kpi.belowBand"), CRITICAL_FLAG("flag.critical"), ISSUE_RAISED("issue.raised"),
	ISSUE_ESCALATED("issue.escalated"), ACTION_OVERDUE("action.overdue"), PULSE_FINDING("pulse.finding"), TEST("test");

	private final String type;

	WebhookEvent(String type) {
		this.type = type;
	}

	/** The type as the delivery's JSON names it. */
	public String type() {
		return this.type;
	}

	/** The events a webhook can choose (all but the test event). */
	public static java.util.List<WebhookEvent> choosable() {
		return java.util.Arrays.stream(values()).filter((e) -> e != TEST).toList();
	}

}
