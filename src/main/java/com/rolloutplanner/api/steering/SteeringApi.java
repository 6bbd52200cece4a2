package com.rolloutplanner.api.steering;

import com.rolloutplanner.api.ApiDates;
import com.rolloutplanner.api.ApiException;
import com.rolloutplanner.api.ApiPaging;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.input.DateInWindow;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.action.ActionItem;
import com.rolloutplanner.action.ActionItem.Task;
import com.rolloutplanner.steering.AgendaKind;
import com.rolloutplanner.steering.MeetingKind;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.system.TimeSource;

/** Meetings and actions on the JSON API, with the same access rules as the pages. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
public class SteeringApi {

	private final Meetings meetings;

	private final MeetingMinutes meetingMinutes;

	private final ActionItems actionItems;

	private final TimeSource time;

	private final Engagements engagements;

	private final Accounts accounts;

	SteeringApi(Meetings meetings, MeetingMinutes meetingMinutes, ActionItems actionItems, TimeSource time,
			Engagements engagements, Accounts accounts) {
		this.meetings = meetings;
		this.meetingMinutes = meetingMinutes;
		this.actionItems = actionItems;
		this.time = time;
		this.engagements = engagements;
		this.accounts = accounts;
	}

	@GetMapping("/engagements/{id}/meetings")
	@ApiResponse(responseCode = "200",
			description = "A page of the meetings, oldest first (page from 0, size 1 to 200, default 50); the total in "
					+ "X-Total-Count, the first, previous, next and last pages in Link (RFC 8288).")
	ResponseEntity<List<MeetingJson>> meetings(@PathVariable Long id, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		ApiDates.asOf(asOf, this.time);
		ApiPaging paging = ApiPaging.of(page, size);
		Page<MeetingMinutes.MeetingRecord> found = this.meetingMinutes.meetingsWithMinutes(id, user.access(), locale,
				paging.page(), paging.size());
		List<MeetingJson> body = found.stream().map((r) -> {
			MeetingView m = r.meeting();
			return new MeetingJson(m.id(), m.kind(),
					m.startsAt().atZone(java.time.ZoneId.of(m.timeZone())).toOffsetDateTime(), m.timeZone(),
					m.attendees(),
					r.agenda().points().stream().map((p) -> new AgendaPointJson(p.kind(), p.title())).toList(),
					r.decisions().stream().map((d) -> new DecisionJson(d.text(), d.decidedBy())).toList(),
					m.isMinutesApproved());
		}).toList();
		return ResponseEntity.ok().headers(paging.headers(found)).body(body);
	}

	@GetMapping("/engagements/{id}/actions")
	List<ActionJson> actions(@PathVariable Long id, @RequestParam(required = false) String asOf,
			@AuthenticationPrincipal CurrentUser user) {
		LocalDate date = ApiDates.asOf(asOf, this.time);
		return this.actionItems.actions(id, user.access()).stream().map((a) -> json(a, date)).toList();
	}

	@PostMapping(path = "/engagements/{id}/actions", consumes = "application/json")
	@ApiResponse(responseCode = "201", description = "Created; Location names the new action.")
	ResponseEntity<ActionJson> create(@PathVariable Long id, @Valid @RequestBody ActionRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		requireOwner(id, request, user);
		if (request.meetingId() != null) {
			this.actionItems.actionsOf(id, request.meetingId(), user.access());
		}
		ActionItem action = this.actionItems.addAction(id, request.meetingId(), request.task(), user.access(),
				user.signature());
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{actionId}")
			.buildAndExpand(action.getId())
			.toUri();
		return ResponseEntity.created(location).body(json(action, this.time.today()));
	}

	@PutMapping(path = "/engagements/{id}/actions/{actionId}", consumes = "application/json")
	@ApiResponse(responseCode = "200", description = "Updated; the action as it now is.")
	@ApiResponse(responseCode = "409", description = "Changed by someone else after the version sent.")
	ActionJson update(@PathVariable Long id, @PathVariable Long actionId, @Valid @RequestBody ActionRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		this.actionItems.action(id, actionId, user.access());
		if (request.version() == null) {
			throw ApiException.badRequest("version", "api.version.required");
		}
		requireOwner(id, request, user);
		ActionItem action = this.actionItems.changeAction(id, actionId, request.version(), request.task(),
				user.access(), user.signature());
		return json(action, this.time.today());
	}

	/** An owner is a user of the client or the partner, named by username. */
	private void requireOwner(Long id, ActionRequest request, CurrentUser user) {
		if (request.owner() == null || request.owner().isBlank()) {
			return;
		}
		Parties parties = this.engagements.parties(id, user.access());
		boolean member = this.accounts.membersOf(List.of(parties.clientId(), parties.partnerId()))
			.stream()
			.anyMatch((m) -> m.username().equals(request.owner().strip()));
		if (!member) {
			throw ApiException.badRequest("owner", "api.action.owner");
		}
	}

	private static ActionJson json(ActionItem a, LocalDate date) {
		return new ActionJson(a.getId(), a.getVersion(), a.getTitle(), a.getOwnerSide(), a.getOwnerUsername(),
				a.getDueDate(), a.isDone(), DueState.of(a.getDueDate(), a.isDone(), date), a.getMeetingId());
	}

	public record MeetingJson(Long id, MeetingKind kind, java.time.OffsetDateTime startsAt, String timeZone,
			List<String> attendees, List<AgendaPointJson> agenda, List<DecisionJson> decisions,
			boolean minutesApproved) {
	}

	public record AgendaPointJson(AgendaKind kind, String title) {
	}

	public record DecisionJson(String text, String decidedBy) {
	}

	public record ActionJson(Long id, long version, String title, OwnerSide ownerSide, @Nullable String owner,
			LocalDate dueDate, boolean done, DueState state, @Nullable Long meetingId) {
	}

	/** What a client sends to add an action, and (with its version) to update one. */
	public record ActionRequest(@NotBlank @PlainText @Size(max = ActionItem.MAX_TITLE) String title,
			@NotNull OwnerSide ownerSide, @Nullable @PlainText @Size(max = 100) String owner,
			@NotNull @DateInWindow LocalDate dueDate, @Nullable Boolean done, @Nullable Long meetingId,
			@Nullable Long version) {

		Task task() {
			return new Task(this.title, this.ownerSide, this.owner, this.dueDate, Boolean.TRUE.equals(this.done));
		}

	}

}
