package com.rolloutplanner.steering;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import com.rolloutplanner.engagement.Side;

/**
 * A joint meeting of an engagement: when and where, who attends, its agenda, and its
 * minutes (notes per point and decisions), approved by one manager of each side. Any edit
 * of the minutes after an approval undoes the approvals.
 */
@Entity
public class Meeting {

	public static final int MAX_PLACE = 500;

	public static final int MAX_GUESTS = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long engagementId;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	private LocalDateTime startsAt;

	private Instant startsMoment;

	private int durationMinutes;

	private String timeZone;

	private String place;

	private String guests;

	@ElementCollection
	@CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
	@Column(name = "username")
	private Set<String> attendees = new LinkedHashSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "meeting_id", nullable = false)
	@OrderBy("position")
	private List<AgendaPoint> agenda = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "meeting_id", nullable = false)
	@OrderBy("id")
	private List<Decision> decisions = new ArrayList<>();

	private String clientApprovedBy;

	private Instant clientApprovedAt;

	private String partnerApprovedBy;

	private Instant partnerApprovedAt;

	private Instant createdAt;

	protected Meeting() {
	}

	public Meeting(Long engagementId, Arrangement arrangement, String timeZone, Instant now) {
		this.engagementId = engagementId;
		this.timeZone = timeZone;
		this.createdAt = now;
		arrange(arrangement);
		for (AgendaKind kind : AgendaKind.PREPARED) {
			this.agenda.add(new AgendaPoint(this.agenda.size(), kind, null));
		}
	}

	/**
	 * When, what kind, where and who. The minutes show all of it, so a change to any of
	 * it undoes both approvals.
	 * @return whether approvals were undone
	 */
	public boolean arrange(Arrangement arrangement) {
		Arrangement before = (this.kind != null) ? arrangement() : null;
		this.kind = arrangement.kind();
		this.startsAt = arrangement.startsAt();
		this.startsMoment = MinutesWaiting.startMoment(this.startsAt, this.timeZone);
		this.durationMinutes = arrangement.durationMinutes();
		this.place = blankToNull(arrangement.place());
		this.guests = blankToNull(arrangement.guests());
		this.attendees = new LinkedHashSet<>(arrangement.attendees());
		return before != null && !before.equals(arrangement()) && minutesChanged();
	}

	public Instant getStartsMoment() {
		return this.startsMoment;
	}

	/**
	 * Whether the meeting has started by then: its minutes can be approved from then on
	 * ({@link MinutesWaiting}).
	 */
	public boolean hasStarted(Instant at) {
		return MinutesWaiting.open(this.startsMoment, at);
	}

	public Arrangement arrangement() {
		return new Arrangement(this.kind, this.startsAt, this.durationMinutes, this.place, this.guests,
				Set.copyOf(this.attendees));
	}

	// The agenda and the minutes; each change reports whether approvals were undone

	/** Whether the agenda has a point of this title (a second click adds none). */
	public boolean hasPoint(String title) {
		return this.agenda.stream()
			.anyMatch((p) -> p.getTitle() != null && p.getTitle().equalsIgnoreCase(title.strip()));
	}

	/** Whether the minutes hold this decision already (a second click adds none). */
	public boolean hasDecision(String text) {
		return this.decisions.stream().anyMatch((d) -> d.getText().equalsIgnoreCase(text.strip()));
	}

	public boolean addPoint(String title) {
		this.agenda.add(new AgendaPoint(this.agenda.size(), AgendaKind.CUSTOM, title.strip()));
		return minutesChanged();
	}

	public boolean removePoint(Long pointId) {
		if (!this.agenda.removeIf((p) -> p.getId().equals(pointId))) {
			return false;
		}
		this.decisions.forEach((d) -> d.detachFrom(pointId));
		renumber(ordered());
		return minutesChanged();
	}

	/**
	 * Moves a point just before (or after) another: the points between them that the
	 * agenda does not show keep their order.
	 */
	public boolean movePoint(Long pointId, Long besideId, boolean before) {
		AgendaPoint moved = point(pointId);
		if (moved == null || point(besideId) == null || pointId.equals(besideId)) {
			return false;
		}
		List<AgendaPoint> ordered = ordered();
		ordered.remove(moved);
		int beside = ordered.indexOf(point(besideId));
		ordered.add(before ? beside : beside + 1, moved);
		renumber(ordered);
		return minutesChanged();
	}

	public boolean recordNotes(Long pointId, String notes, boolean internal) {
		AgendaPoint point = point(pointId);
		String normalised = blankToNull(notes);
		boolean keptInternal = internal && normalised != null;
		if (point == null
				|| (Objects.equals(point.getNotes(), normalised) && point.isNotesInternal() == keptInternal)) {
			return false;
		}
		point.setNotes(normalised);
		point.setNotesInternal(keptInternal);
		return minutesChanged();
	}

	/** Whether the agenda has this point (a decision or an action may name it). */
	public boolean hasPoint(Long pointId) {
		return pointId != null && point(pointId) != null;
	}

	public boolean addDecision(String text, String decidedBy, Long pointId, Instant now) {
		this.decisions.add(new Decision(text.strip(), decidedBy.strip(), hasPoint(pointId) ? pointId : null, now));
		return minutesChanged();
	}

	public boolean removeDecision(Long decisionId) {
		if (!this.decisions.removeIf((d) -> d.getId().equals(decisionId))) {
			return false;
		}
		return minutesChanged();
	}

	/** An action was added to these minutes, or what they show of one was changed. */
	public boolean actionAdded() {
		return minutesChanged();
	}

	/**
	 * The minutes of a meeting that has taken place are a record of both sides, and
	 * approved minutes more so: such a meeting is not cancelled, nor one whose minutes
	 * hold decisions or notes already (cancelling would lose them).
	 */
	public boolean isCancellable(Instant now) {
		return !hasStarted(now) && this.clientApprovedAt == null && this.partnerApprovedAt == null
				&& this.decisions.isEmpty() && this.agenda.stream().allMatch((p) -> p.getNotes() == null);
	}

	/**
	 * @return whether the side's approval was new
	 */
	public boolean approve(Side side, String who, Instant at) {
		if (!hasStarted(at)) {
			throw new MinutesNotOpenException(this.id, this.startsAt);
		}
		if (isApprovedBy(side)) {
			return false;
		}
		if (side == Side.CLIENT) {
			this.clientApprovedBy = who;
			this.clientApprovedAt = at;
		}
		else {
			this.partnerApprovedBy = who;
			this.partnerApprovedAt = at;
		}
		return true;
	}

	public boolean isApprovedBy(Side side) {
		return (side == Side.CLIENT) ? this.clientApprovedAt != null : this.partnerApprovedAt != null;
	}

	public boolean isApproved() {
		return this.clientApprovedAt != null && this.partnerApprovedAt != null;
	}

	/** Undoes both approvals; whether there was any to undo. */
	private boolean minutesChanged() {
		boolean any = this.clientApprovedAt != null || this.partnerApprovedAt != null;
		this.clientApprovedBy = null;
		this.clientApprovedAt = null;
		this.partnerApprovedBy = null;
		this.partnerApprovedAt = null;
		return any;
	}

	/** The agenda's points in their order. */
	private List<AgendaPoint> ordered() {
		List<AgendaPoint> ordered = new ArrayList<>(this.agenda);
		ordered.sort(Comparator.comparingInt(AgendaPoint::getPosition));
		return ordered;
	}

	private static void renumber(List<AgendaPoint> ordered) {
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).setPosition(i);
		}
	}

	public AgendaPoint point(Long pointId) {
		return this.agenda.stream().filter((p) -> p.getId().equals(pointId)).findFirst().orElse(null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getEngagementId() {
		return this.engagementId;
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public int getDurationMinutes() {
		return this.durationMinutes;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public String getPlace() {
		return this.place;
	}

	public String getGuests() {
		return this.guests;
	}

	public Set<String> getAttendees() {
		return this.attendees;
	}

	public List<AgendaPoint> getAgenda() {
		return this.agenda.stream().sorted(Comparator.comparingInt(AgendaPoint::getPosition)).toList();
	}

	public List<Decision> getDecisions() {
		return this.decisions;
	}

	public String getClientApprovedBy() {
		return this.clientApprovedBy;
	}

	public Instant getClientApprovedAt() {
		return this.clientApprovedAt;
	}

	public String getPartnerApprovedBy() {
		return this.partnerApprovedBy;
	}

	public Instant getPartnerApprovedAt() {
		return this.partnerApprovedAt;
	}

}
