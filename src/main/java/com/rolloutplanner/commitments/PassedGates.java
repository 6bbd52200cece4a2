package com.rolloutplanner.commitments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gates each of some engagements has passed, with the day of the second signature (in
 * the product's time zone): one read for all of them, for the portfolio's lanes.
 */
@Service
@Transactional(readOnly = true)
public class PassedGates {

	private final GateRepository gates;

	private final Clock clock;

	PassedGates(GateRepository gates, Clock clock) {
		this.gates = gates;
		this.clock = clock;
	}

	public Map<Long, Map<GateType, LocalDate>> of(Collection<Long> engagementIds) {
		Map<Long, Map<GateType, LocalDate>> passed = new HashMap<>();
		if (engagementIds.isEmpty()) {
			return passed;
		}
		for (Gate gate : this.gates.findByEngagementIdIn(engagementIds)) {
			Instant client = gate.getClientSignedAt();
			Instant partner = gate.getPartnerSignedAt();
			if (client != null && partner != null) {
				Instant second = client.isAfter(partner) ? client : partner;
				passed.computeIfAbsent(gate.getEngagementId(), (id) -> new EnumMap<>(GateType.class))
					.put(gate.getGateType(), second.atZone(this.clock.getZone()).toLocalDate());
			}
		}
		return passed;
	}

}
