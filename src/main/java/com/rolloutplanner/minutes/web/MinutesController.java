package com.rolloutplanner.minutes.web;

import com.rolloutplanner.action.ActionForm;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.input.PageNumbers;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.action.ActionItem.Task;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.steering.AgendaPoint;
import com.rolloutplanner.steering.EngagementMembers;
import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.minutes.MinutesDocument;
import com.rolloutplanner.steering.MinutesNotOpenException;
import com.rolloutplanner.system.TimeSource;

/**
 * One meeting's page and printable minutes: its agenda (points and the notes typed in
 * them), decisions, the actions handed out and both sides' approvals; and the decisions
 * log.
 */
@Controller
class MinutesController {

	private final Meetings meetings;

	private final MeetingMinutes meetingMinutes;

	private final ActionItems actionItems;

	private final Engagements engagements;

	private final EngagementMembers members;

	private final TimeSource time;

	private final MinutesDocument minutes;

	MinutesController(Meetings meetings, MeetingMinutes meetingMinutes, ActionItems actionItems,
			Engagements engagements, EngagementMembers members, TimeSource time, MinutesDocument minutes) {
		this.meetings = meetings;
		this.meetingMinutes = meetingMinutes;
		this.actionItems = actionItems;
		this.engagements = engagements;
		this.members = members;
		this.time = time;
		this.minutes = minutes;
	}

	@InitBinder("decisionForm")
	void decisionFields(WebDataBinder binder) {
		binder.setAllowedFields("text", "decidedBy", "agendaPointId");
	}

	@InitBinder("actionForm")
	void actionFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "ownerSide", "owner", "dueDate", "agendaPointId");
	}

	@InitBinder("pointForm")
	void pointFields(WebDataBinder binder) {
		binder.setAllowedFields("pointTitle");
	}

	@GetMapping("/engagements/{id}/meetings/{meetingId}")
	String meeting(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		model.addAttribute("decisionForm", new DecisionForm());
		ActionForm actionForm = new ActionForm();
		actionForm.setDueDate(this.time.today().plusDays(14));
		model.addAttribute("actionForm", actionForm);
		model.addAttribute("pointForm", new PointForm());
		return meetingPage(id, meetingId, user, locale, model, "steering/meeting");
	}

	@GetMapping("/engagements/{id}/meetings/{meetingId}/minutes")
	String minutes(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		return meetingPage(id, meetingId, user, locale, model, "steering/minutes");
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/points")
	String addPoint(@PathVariable Long id, @PathVariable Long meetingId, @Valid PointForm pointForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invalid(id, meetingId, user, locale, model);
		}
		boolean undone = this.meetingMinutes.addPoint(id, meetingId, pointForm.getPointTitle(), user);
		return back(id, meetingId, "agenda", undone ? "meeting.approvalsUndone" : null, redirect);
	}

	// The agenda is one form: every button in it (save, move, remove) saves all the
	// notes typed in it first, so that nothing typed is lost.

	@PostMapping("/engagements/{id}/meetings/{meetingId}/points/{pointId}/move")
	String movePoint(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long pointId,
			@RequestParam(defaultValue = "0") int by, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		Map<Long, MeetingMinutes.Notes> notes = typedNotes(form, model);
		if (notes == null) {
			return invalid(id, meetingId, user, locale, model);
		}
		boolean undone = this.meetingMinutes.movePoint(id, meetingId, pointId, Integer.signum(by), notes, user);
		return back(id, meetingId, "point-" + pointId, undone ? "meeting.approvalsUndone" : null, redirect);
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/points/{pointId}/remove")
	String removePoint(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long pointId,
			@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		Map<Long, MeetingMinutes.Notes> notes = typedNotes(form, model);
		if (notes == null) {
			return invalid(id, meetingId, user, locale, model);
		}
		boolean undone = this.meetingMinutes.removePoint(id, meetingId, pointId, notes, user);
		return back(id, meetingId, "agenda", undone ? "meeting.approvalsUndone" : null, redirect);
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/notes")
	String notes(@PathVariable Long id, @PathVariable Long meetingId, @RequestParam Map<String, String> form,
			@RequestParam(required = false) Long at, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		Map<Long, MeetingMinutes.Notes> notes = typedNotes(form, model);
		if (notes == null) {
			return invalid(id, meetingId, user, locale, model);
		}
		boolean undone = this.meetingMinutes.recordNotes(id, meetingId, notes, user);
		return back(id, meetingId, (at != null) ? "point-" + at : "agenda",
				undone ? "meeting.approvalsUndone" : "meeting.notes.saved", redirect);
	}

	/**
	 * The notes typed in the agenda's form ({@code notes-<point>}, and
	 * {@code internal-<point>} when ticked), or null when one is too long or not plain
	 * text: then the page shows every note as typed, with the message at each wrong one,
	 * and nothing is saved.
	 */
	private static Map<Long, MeetingMinutes.Notes> typedNotes(Map<String, String> form, Model model) {
		Map<Long, MeetingMinutes.Notes> notes = new LinkedHashMap<>();
		Map<Long, String> errors = new LinkedHashMap<>();
		for (Map.Entry<String, String> field : form.entrySet()) {
			if (!field.getKey().matches("notes-[0-9]{1,18}")) {
				continue;
			}
			Long point = Long.valueOf(field.getKey().substring("notes-".length()));
			String text = field.getValue();
			boolean internal = "true".equals(form.get("internal-" + point));
			notes.put(point, new MeetingMinutes.Notes(text, internal));
			if (text.strip().length() > AgendaPoint.MAX_NOTES) {
				errors.put(point, "meeting.notes.tooLong");
			}
			else if (!PlainText.Check.isPlain(text, true)) {
				errors.put(point, "PlainText");
			}
		}
		if (errors.isEmpty()) {
			return notes;
		}
		model.addAttribute("notesErrors", errors);
		model.addAttribute("notesTyped", notes);
		return null;
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/decisions")
	String decide(@PathVariable Long id, @PathVariable Long meetingId, @Valid DecisionForm decisionForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		checkPoint(id, meetingId, decisionForm.getAgendaPointId(), user, result);
		if (result.hasErrors()) {
			return invalid(id, meetingId, user, locale, model);
		}
		boolean undone = this.meetingMinutes.recordDecision(id, meetingId, decisionForm.getText(),
				decisionForm.getDecidedBy(), decisionForm.getAgendaPointId(), user);
		return back(id, meetingId, "decisions", undone ? "meeting.approvalsUndone" : "meeting.decision.added",
				redirect);
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/decisions/{decisionId}/remove")
	String removeDecision(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long decisionId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		boolean undone = this.meetingMinutes.removeDecision(id, meetingId, decisionId, user);
		return back(id, meetingId, "decisions", undone ? "meeting.approvalsUndone" : null, redirect);
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/actions")
	String addAction(@PathVariable Long id, @PathVariable Long meetingId, @Valid ActionForm actionForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		String owner = actionForm.getOwner();
		if (!result.hasFieldErrors("owner") && owner != null && !owner.isBlank()
				&& !this.members.usernames(id, user).contains(owner.strip())) {
			result.rejectValue("owner", "meeting.action.owner.unknown");
		}
		checkPoint(id, meetingId, actionForm.getAgendaPointId(), user, result);
		if (result.hasErrors()) {
			return invalid(id, meetingId, user, locale, model);
		}
		MeetingView meeting = this.meetings.meeting(id, meetingId, user.access());
		boolean approved = meeting.clientApprovedAt() != null || meeting.partnerApprovedAt() != null;
		Task task = actionForm.toTask();
		this.actionItems.addAction(id, meetingId, actionForm.getAgendaPointId(), task, user.access(), user.signature());
		return back(id, meetingId, "actions", approved ? "meeting.approvalsUndone" : "meeting.action.added", redirect);
	}

	/** A decision or action comes from a point of this meeting's agenda, or none. */
	private void checkPoint(Long id, Long meetingId, Long pointId, CurrentUser user, BindingResult result) {
		if (pointId != null && !this.meetingMinutes.hasPoint(id, meetingId, pointId, user.access())) {
			result.rejectValue("agendaPointId", "meeting.fromPoint.unknown");
		}
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/approve")
	String approve(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			boolean approved = this.meetingMinutes.approve(id, meetingId, user);
			return back(id, meetingId, "approvals", approved ? "meeting.approved" : "meeting.notAParty", redirect);
		}
		catch (MinutesNotOpenException ex) {
			return back(id, meetingId, "approvals", "meeting.approve.notYet", redirect);
		}
	}

	@GetMapping("/engagements/{id}/decisions")
	String decisions(@PathVariable Long id, @RequestParam(defaultValue = "1") String page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		model.addAttribute("parties", parties);
		int shown = PageNumbers.of(page);
		Page<MeetingMinutes.MeetingDecisions> log = this.meetingMinutes.decisionLog(id, user.access(), shown - 1,
				MeetingView.PAGE_SIZE);
		if (log.isEmpty() && shown > 1) {
			log = this.meetingMinutes.decisionLog(id, user.access(), Math.max(log.getTotalPages() - 1, 0),
					MeetingView.PAGE_SIZE);
		}
		model.addAttribute("log", log.getContent());
		model.addAttribute("page", log.getNumber() + 1);
		model.addAttribute("pages", log.getTotalPages());
		return "steering/decisions";
	}

	private String meetingPage(Long id, Long meetingId, CurrentUser user, Locale locale, Model model, String view) {
		model.addAllAttributes(this.minutes.model(id, meetingId, user, locale));
		model.addAttribute("pdf", false);
		return view;
	}

	private String invalid(Long id, Long meetingId, CurrentUser user, Locale locale, Model model) {
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm());
		}
		if (!model.containsAttribute("actionForm")) {
			ActionForm actionForm = new ActionForm();
			actionForm.setDueDate(this.time.today().plusDays(14));
			model.addAttribute("actionForm", actionForm);
		}
		if (!model.containsAttribute("pointForm")) {
			model.addAttribute("pointForm", new PointForm());
		}
		return meetingPage(id, meetingId, user, locale, model, "steering/meeting");
	}

	private static String back(Long id, Long meetingId, String anchor, String message, RedirectAttributes redirect) {
		if (message != null) {
			redirect.addFlashAttribute("flashMessage", message);
		}
		return "redirect:/engagements/" + id + "/meetings/" + meetingId + "#" + anchor;
	}

}
