package com.rolloutplanner.commitments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.commitments.CommitmentEvents.AnnexSigned;
import com.rolloutplanner.commitments.CommitmentEvents.GateCriteriaChanged;
import com.rolloutplanner.commitments.CommitmentEvents.GateSigned;
import com.rolloutplanner.due.DueContributor;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.engagement.EngagementNotFoundException;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.engagement.Side;

/**
 * The gates and the terms annex of engagements: what each side has signed off, behind the
 * engagement's own access check; every signature and change is published as an event. The
 * annex is signed by version: a signature is of the terms as they are when it is given
 * ({@link AnnexContent}), and a change to them afterwards leaves the version outdated
 * ({@link AnnexWatch}), so that the next signature starts a new version that both sides
 * sign again.
 */
@Service
@Transactional(readOnly = true)
public class Commitments implements DueContributor {

	private final GateRepository gates;

	private final AnnexVersionRepository versions;

	private final AnnexContent content;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EngagementLocks locks;

	Commitments(GateRepository gates, AnnexVersionRepository versions, AnnexContent content, Engagements engagements,
			ApplicationEventPublisher events, Clock clock, EngagementLocks locks) {
		this.locks = locks;
		this.gates = gates;
		this.versions = versions;
		this.content = content;
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

	/** The terms annex of a visible engagement, today. */
	public AnnexView annex(Long engagementId, CurrentUser user) {
		return annex(engagementId, user.access(), user.getOrganisationId(), LocalDate.now(this.clock));
	}

	/**
	 * The version of the terms annex to sign, or signed, on the date, as seen by a reader
	 * of the organisation (none for a shared page): the latest version while the terms
	 * are still those it shows, otherwise the next one, signed by nobody yet. It is due
	 * at the go-live.
	 */
	public AnnexView annex(Long engagementId, Access access, Long readerOrganisationId, LocalDate asOf) {
		Parties parties = parties(engagementId, access);
		List<AnnexVersion> newest = this.versions.findByEngagementIdOrderByNumberDesc(engagementId, Limit.of(2));
		AnnexVersion latest = newest.isEmpty() ? null : newest.get(0);
		AnnexVersion current = (latest != null && !latest.isOutdated()) ? latest : null;
		// The version both signed before this one, while this one is not.
		AnnexVersion before = (current == null) ? latest : (newest.size() > 1) ? newest.get(1) : null;
		Integer signedBefore = (before != null && before.isComplete() && (current == null || !current.isComplete()))
				? before.getNumber() : null;
		Signature client = (current != null) ? current.signature(Side.CLIENT) : null;
		Signature partner = (current != null) ? current.signature(Side.PARTNER) : null;
		int number = (current != null) ? current.getNumber() : (latest != null) ? latest.getNumber() + 1 : 1;
		return new AnnexView(number, client, partner, signedBefore, parties.sideOf(readerOrganisationId),
				parties.goLive(), DueState.of(parties.goLive(), client != null && partner != null, asOf));
	}

	/**
	 * The versions of a visible engagement's annex, newest first, at most
	 * {@value #VERSIONS_SHOWN}.
	 */
	public List<AnnexVersionView> annexVersions(Long engagementId, Access access) {
		parties(engagementId, access);
		return this.versions.findByEngagementIdOrderByNumberDesc(engagementId, Limit.of(VERSIONS_SHOWN))
			.stream()
			.map((v) -> new AnnexVersionView(v.getNumber(), v.getCreatedAt(), v.signature(Side.CLIENT),
					v.signature(Side.PARTNER),
					!v.isLatest() ? "SUPERSEDED"
							: v.isOutdated() ? "OUTDATED" : v.isComplete() ? "IN_FORCE" : "WAITING"))
			.toList();
	}

	/** How many versions of an annex are listed. */
	public static final int VERSIONS_SHOWN = 24;

	@Override
	public Map<Long, List<DueItem>> dueItems(Map<Long, LocalDate> goLives) {
		Map<Long, Map<GateType, Gate>> stored = this.gates.findByEngagementIdIn(goLives.keySet())
			.stream()
			.collect(Collectors.groupingBy(Gate::getEngagementId,
					Collectors.toMap(Gate::getGateType, Function.identity())));
		Set<Long> inForce = this.versions.findByEngagementIdInAndLatestTrue(goLives.keySet())
			.stream()
			.filter(AnnexVersion::isInForce)
			.map(AnnexVersion::getEngagementId)
			.collect(Collectors.toSet());
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
			due.add(DueItem.keyed(DueKind.CHARTER, "charter.heading", goLive, inForce.contains(id))
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
	 * Signs the terms annex as they are now for the user's side.
	 * @return the version signed; empty when the user is on neither side
	 */
	@Transactional
	public Optional<SignedVersion> signAnnex(Long engagementId, CurrentUser user) {
		return signAnnex(engagementId, user, this.clock.instant());
	}

	/**
	 * Signs as of a past moment: for a journey recorded afterwards, such as the demo
	 * data. The terms signed are those of now: the latest version while it still shows
	 * them (a second signature of one side changes nothing), otherwise a new version,
	 * whose first signature this is.
	 * @return the version signed; empty when the user is on neither side
	 */
	@Transactional
	public Optional<SignedVersion> signAnnex(Long engagementId, CurrentUser user, Instant at) {
		Side side = parties(engagementId, user.access()).sideOf(user.getOrganisationId());
		if (side == null) {
			return Optional.empty();
		}
		// Signatures of one engagement are recorded one after the other: a second click
		// finds the first one's signature, and a change of the terms waits for them.
		this.locks.lock(engagementId);
		String hash = this.content.fingerprint(engagementId)
			.orElseThrow(() -> new EngagementNotFoundException(engagementId));
		AnnexVersion latest = this.versions.findByEngagementIdAndLatestTrue(engagementId).orElse(null);
		AnnexVersion version;
		if (latest != null && latest.shows(hash)) {
			latest.compareWith(hash);
			version = latest;
		}
		else {
			if (latest != null) {
				latest.supersede();
				this.versions.saveAndFlush(latest);
			}
			version = new AnnexVersion(engagementId, (latest != null) ? latest.getNumber() + 1 : 1, hash, at);
		}
		if (!version.isSignedBy(side)) {
			version.sign(side, user.signature(), at);
			this.versions.saveAndFlush(version);
			this.events.publishEvent(new AnnexSigned(engagementId, version.getNumber(), side, version.isComplete(),
					user.signature(), at));
			if (version.isComplete()) {
				// Both sides signed the terms: a proposal is signed.
				this.engagements.signed(engagementId, user.signature());
			}
		}
		return Optional.of(new SignedVersion(version.getNumber(), version.isComplete()));
	}

	/**
	 * The version of the annex a signature went to, and whether both sides have signed
	 * it.
	 */
	public record SignedVersion(int number, boolean complete) {
	}

	private Gate gate(Long engagementId, GateType type) {
		return this.gates.findByEngagementIdAndGateType(engagementId, type)
			.orElseGet(() -> this.gates.save(new Gate(engagementId, type)));
	}

	private Parties parties(Long engagementId, Access access) {
		return this.engagements.parties(engagementId, access);
	}

	/** Who signed and when. */
	public record Signature(String by, Instant at) {
	}

	/**
	 * The terms annex as shown: the number of the version to sign or signed, both
	 * signatures of it, the earlier version both sides signed while this one is not yet
	 * ({@code null} otherwise), what the reader may do, and its state on the date shown
	 * (it is due at the go-live).
	 */
	public record AnnexView(int number, Signature client, Signature partner, Integer signedBefore, Side readerSide,
			LocalDate dueDate, DueState dueState) {

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

	/**
	 * A version of the annex as listed: when it was made, both signatures, and its state:
	 * IN_FORCE (signed by both, the terms unchanged since), WAITING (for a signature),
	 * OUTDATED (the terms changed since) or SUPERSEDED (by a later version).
	 */
	public record AnnexVersionView(int number, Instant createdAt, Signature client, Signature partner, String state) {

	}

}
