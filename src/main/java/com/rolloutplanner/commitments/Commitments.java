package com.rolloutplanner.commitments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.commitments.CommitmentEvents.CharterSigned;
import com.rolloutplanner.commitments.CommitmentEvents.GateCriteriaChanged;
import com.rolloutplanner.commitments.CommitmentEvents.GateSigned;
import com.rolloutplanner.due.DueContributor;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.engagement.Side;

/**
 * The gates and the expectations charter of engagements: what each side has signed off,
 * behind the engagement's own access check; every signature and change is published as an
 * event.
 */
@Service
@Transactional(readOnly = true)
public class Commitments implements DueContributor {

	private final GateRepository gates;

	private final CharterSignoffRepository charter;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EngagementLocks locks;

	Commitments(GateRepository gates, CharterSignoffRepository charter, Engagements engagements,
			ApplicationEventPublisher events, Clock clock, EngagementLocks locks) {
		this.locks = locks;
		this.gates = gates;
		this.charter = charter;
		this.engagements = engagements;
		this.events = events;
		this.clock = clock;
	}

	/** The four gates of a visible engagement, in order, as the user sees them today. */
	public List<GateView> gates(Long engagementId, CurrentUser user) {
		return gates(engagementId, user.access(), user.getOrganisationId(), LocalDate.now(this.clock));
	}

	/**
	 * The four gates on the date, as seen by a reader of the organisation (none for a
	 * shared page).
	 */
	public List<GateView> gates(Long engagementId, Access access, Long readerOrganisationId, LocalDate asOf) {
		Parties parties = parties(engagementId, access);
		Map<GateType, Gate> stored = this.gates.findByEngagementId(engagementId)
			.stream()
			.collect(Collectors.toMap(Gate::getGateType, Function.identity()));
		List<GateView> views = new ArrayList<>();
		for (GateType type : GateType.values()) {
			Gate gate = stored.getOrDefault(type, new Gate(engagementId, type));
			views.add(GateView.of(gate, type.dueDate(parties.goLive()), parties.sideOf(readerOrganisationId), asOf));
		}
		return views;
	}

	/** The charter of a visible engagement, today. */
	public CharterView charter(Long engagementId, CurrentUser user) {
		return charter(engagementId, user.access(), user.getOrganisationId(), LocalDate.now(this.clock));
	}

	/**
	 * The charter on the date, as seen by a reader of the organisation (none for a shared
	 * page). It is due at the go-live.
	 */
	public CharterView charter(Long engagementId, Access access, Long readerOrganisationId, LocalDate asOf) {
		Parties parties = parties(engagementId, access);
		Map<Side, CharterSignoff> signed = this.charter.findByEngagementId(engagementId)
			.stream()
			.collect(Collectors.toMap(CharterSignoff::getSide, Function.identity(), (a, b) -> a));
		Signature client = signature(signed.get(Side.CLIENT));
		Signature partner = signature(signed.get(Side.PARTNER));
		return new CharterView(client, partner, parties.sideOf(readerOrganisationId), parties.goLive(),
				DueState.of(parties.goLive(), client != null && partner != null, asOf));
	}

	@Override
	public Map<Long, List<DueItem>> dueItems(Map<Long, LocalDate> goLives) {
		Map<Long, Map<GateType, Gate>> stored = this.gates.findByEngagementIdIn(goLives.keySet())
			.stream()
			.collect(Collectors.groupingBy(Gate::getEngagementId,
					Collectors.toMap(Gate::getGateType, Function.identity())));
		Map<Long, Set<Side>> signed = this.charter.findByEngagementIdIn(goLives.keySet())
			.stream()
			.collect(Collectors.groupingBy(CharterSignoff::getEngagementId,
					Collectors.mapping(CharterSignoff::getSide, Collectors.toSet())));
		Map<Long, List<DueItem>> items = new HashMap<>();
		goLives.forEach((id, goLive) -> {
			List<DueItem> due = new ArrayList<>();
			Map<GateType, Gate> gates = stored.getOrDefault(id, Map.of());
			for (GateType type : GateType.values()) {
				Gate gate = gates.get(type);
				due.add(DueItem
					.keyed(DueKind.GATE, "gate." + type.name(), type.dueDate(goLive), gate != null && gate.isPassed())
					.withRef("gate-" + id + "-" + type.name()));
			}
			due.add(DueItem
				.keyed(DueKind.CHARTER, "charter.heading", goLive,
						signed.getOrDefault(id, Set.of()).size() == Side.values().length)
				.withRef("charter-" + id));
			items.put(id, due);
		});
		return items;
	}

	/**
	 * @return whether a signature was recorded; not when the user is on neither side
	 */
	@Transactional
	public boolean signGate(Long engagementId, GateType type, CurrentUser user) {
		return signGate(engagementId, type, user, this.clock.instant());
	}

	/**
	 * Signs as of a past moment: for a journey recorded afterwards, such as the demo
	 * data.
	 * @return whether a signature was recorded; not when the user is on neither side
	 */
	@Transactional
	public boolean signGate(Long engagementId, GateType type, CurrentUser user, Instant at) {
		Side side = parties(engagementId, user.access()).sideOf(user.getOrganisationId());
		if (side == null) {
			return false;
		}
		// Signatures of one engagement are recorded one after the other: a second click
		// finds the first one's signature.
		this.locks.lock(engagementId);
		Gate gate = gate(engagementId, type);
		if (gate.isSignedBy(side)) {
			return true;
		}
		gate.signOff(side, user.signature(), at);
		this.gates.save(gate);
		this.events.publishEvent(new GateSigned(engagementId, type, side,
				gate.isSignedBy(Side.CLIENT) && gate.isSignedBy(Side.PARTNER), user.signature()));
		return true;
	}

	@Transactional
	public void changeCriteria(Long engagementId, GateType type, String criteria, CurrentUser user) {
		parties(engagementId, user.access());
		Gate gate = gate(engagementId, type);
		String before = gate.getCriteria();
		boolean wasSigned = gate.isSignedBy(Side.CLIENT) || gate.isSignedBy(Side.PARTNER);
		if (gate.changeCriteria(criteria)) {
			this.gates.save(gate);
			this.events.publishEvent(new GateCriteriaChanged(engagementId, type, before, gate.getCriteria(), wasSigned,
					user.signature()));
		}
	}

	/**
	 * @return whether a signature was recorded; not when the user is on neither side
	 */
	@Transactional
	public boolean signCharter(Long engagementId, CurrentUser user) {
		return signCharter(engagementId, user, this.clock.instant());
	}

	/**
	 * Signs as of a past moment: for a journey recorded afterwards, such as the demo
	 * data.
	 * @return whether a signature was recorded; not when the user is on neither side
	 */
	@Transactional
	public boolean signCharter(Long engagementId, CurrentUser user, Instant at) {
		Side side = parties(engagementId, user.access()).sideOf(user.getOrganisationId());
		if (side == null) {
			return false;
		}
		this.locks.lock(engagementId);
		boolean already = this.charter.findByEngagementId(engagementId).stream().anyMatch((s) -> s.getSide() == side);
		if (!already) {
			this.charter.save(new CharterSignoff(engagementId, side, user.signature(), at));
			boolean otherSigned = this.charter.findByEngagementId(engagementId)
				.stream()
				.anyMatch((s) -> s.getSide() != side);
			this.events.publishEvent(new CharterSigned(engagementId, side, otherSigned, user.signature()));
			if (otherSigned) {
				// Both sides signed the terms: a proposal is signed.
				this.engagements.signed(engagementId, user.signature());
			}
		}
		return true;
	}

	private Gate gate(Long engagementId, GateType type) {
		return this.gates.findByEngagementIdAndGateType(engagementId, type)
			.orElseGet(() -> this.gates.save(new Gate(engagementId, type)));
	}

	private Parties parties(Long engagementId, Access access) {
		return this.engagements.parties(engagementId, access);
	}

	private static Signature signature(CharterSignoff signoff) {
		return (signoff != null) ? new Signature(signoff.getSignedBy(), signoff.getSignedAt()) : null;
	}

	/** Who signed and when. */
	public record Signature(String by, Instant at) {
	}

	/**
	 * A gate as shown: its date and its state on the date shown, criteria, both sign-offs
	 * and what the reader may do.
	 */
	public record GateView(GateType type, LocalDate dueDate, String criteria, Signature client, Signature partner,
			Side readerSide, DueState state) {

		static GateView of(Gate gate, LocalDate dueDate, Side readerSide, LocalDate asOf) {
			Signature client = (gate.getClientSignedAt() != null)
					? new Signature(gate.getClientSignedBy(), gate.getClientSignedAt()) : null;
			Signature partner = (gate.getPartnerSignedAt() != null)
					? new Signature(gate.getPartnerSignedBy(), gate.getPartnerSignedAt()) : null;
			return new GateView(gate.getGateType(), dueDate, gate.getCriteria(), client, partner, readerSide,
					DueState.of(dueDate, client != null && partner != null, asOf));
		}

		/** Whether one side has signed and the other not yet. */
		public boolean isOneSide() {
			return (this.client != null) != (this.partner != null);
		}

		public boolean isPassed() {
			return this.client != null && this.partner != null;
		}

		public boolean canSign() {
			return (this.readerSide == Side.CLIENT && this.client == null)
					|| (this.readerSide == Side.PARTNER && this.partner == null);
		}

	}

	/**
	 * The charter as shown: both sign-offs, what the reader may do, and its state on the
	 * date shown (it is due at the go-live).
	 */
	public record CharterView(Signature client, Signature partner, Side readerSide, LocalDate dueDate,
			DueState dueState) {

		public boolean isComplete() {
			return this.client != null && this.partner != null;
		}

		public boolean canSign() {
			return (this.readerSide == Side.CLIENT && this.client == null)
					|| (this.readerSide == Side.PARTNER && this.partner == null);
		}

		/** NONE, CLIENT_ONLY, PARTNER_ONLY or BOTH, for the message of the state. */
		public String state() {
			if (isComplete()) {
				return "BOTH";
			}
			return (this.client != null) ? "CLIENT_ONLY" : (this.partner != null) ? "PARTNER_ONLY" : "NONE";
		}

	}

}
