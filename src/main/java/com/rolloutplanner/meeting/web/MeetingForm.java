package com.rolloutplanner.meeting.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import com.rolloutplanner.input.DateInWindow;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.steering.Arrangement;
import com.rolloutplanner.steering.Meeting;
import com.rolloutplanner.steering.MeetingKind;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.meeting.Meetings;

/** A meeting's time, place and people as the form binds them. */
public class MeetingForm {

	@NotNull
	private MeetingKind kind = MeetingKind.STEERING_GROUP;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@DateInWindow
	private LocalDate date;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime time = Meetings.DEFAULT_TIME;

	@NotNull
	@Min(15)
	@Max(480)
	private Integer durationMinutes = Meetings.DEFAULT_MINUTES;

	@Size(max = Meeting.MAX_PLACE)
	@PlainText
	private String place;

	@Size(max = Meeting.MAX_GUESTS)
	@PlainText
	private String guests;

	private Set<String> attendees = new LinkedHashSet<>();

	private Long version;

	static MeetingForm of(MeetingView meeting) {
		MeetingForm form = new MeetingForm();
		form.kind = meeting.kind();
		form.date = meeting.startsAt().toLocalDate();
		form.time = meeting.startsAt().toLocalTime();
		form.durationMinutes = meeting.durationMinutes();
		form.place = meeting.place();
		form.guests = meeting.guests();
		form.attendees = new LinkedHashSet<>(meeting.attendees());
		form.version = meeting.version();
		return form;
	}

	/** The arrangement, keeping only attendees who may attend. */
	Arrangement toArrangement(Set<String> allowedAttendees) {
		Set<String> chosen = new LinkedHashSet<>(this.attendees);
		chosen.retainAll(allowedAttendees);
		return new Arrangement(this.kind, this.date.atTime(this.time), this.durationMinutes, this.place, this.guests,
				chosen);
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public void setKind(MeetingKind kind) {
		this.kind = kind;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getTime() {
		return this.time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getGuests() {
		return this.guests;
	}

	public void setGuests(String guests) {
		this.guests = guests;
	}

	public Set<String> getAttendees() {
		return this.attendees;
	}

	public void setAttendees(Set<String> attendees) {
		this.attendees = (attendees != null) ? attendees : new LinkedHashSet<>();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
