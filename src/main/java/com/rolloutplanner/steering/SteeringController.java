package com.rolloutplanner.steering;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Accounts.Member;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.steering.ActionItem.Task;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.steering.MinutesDocument.ActionRow;
import com.rolloutplanner.system.StaleVersionException;
import com.rolloutplanner.system.TimeSource;

/**
 * The meetings of an engagement: the list with the recommended cadence, each meeting's
 * agenda and minutes, its printable minutes, and the decisions and actions.
 */
@Controller
class SteeringController {

	private final Meetings meetings;

	private final Engagements engagements;

	private final Accounts accounts;

	private final TimeSource time;

	private final MessageSource messages;

	private final MinutesDocument minutes;

	SteeringController(Meetings meetings, Engagements engagements, Accounts accounts, TimeSource time,
			MessageSource messages, MinutesDocument minutes) {
		this.minutes = minutes;
		this.meetings = meetings;
		this.engagements = engagements;
		this.accounts = accounts;
		this.time = time;
		this.messages = messages;
	}

	@InitBinder("meetingForm")
	void meetingFields(WebDataBinder binder) {
		binder.setAllowedFields("kind", "date", "time", "durationMinutes", "place", "guests", "attendees", "version");
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

	// The list

	/** Meetings held and actions done are shown this many at a time. */
	static final int PAGE_SIZE = 20;

	/** At most this many meetings ahead are listed; the rest are counted. */
	static final int UPCOMING_SHOWN = 30;

	@GetMapping("/engagements/{id}/meetings")
	String meetings(@PathVariable Long id, @RequestParam(defaultValue = "1") String past,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		MeetingForm form = new MeetingForm();
		form.setDate(this.time.today().plusDays(7));
		model.addAttribute("meetingForm", form);
		model.addAttribute("pastPage", pageNumber(past));
		return list(id, user, locale, model);
	}

	/** A page number as shown (from 1); anything else is the first page. */
	static int pageNumber(String value) {
		if (value.isEmpty() || value.length() > 6 || !value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(value));
	}

	@PostMapping("/engagements/{id}/meetings")
	String schedule(@PathVariable Long id, @Valid MeetingForm meetingForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(id, user, locale, model);
		}
		Long meetingId = this.meetings.schedule(id, meetingForm.toArrangement(allowed(id, user)), user);
		redirect.addFlashAttribute("flashMessage", "meetings.scheduled");
		return "redirect:/engagements/" + id + "/meetings/" + meetingId;
	}

	@PostMapping("/engagements/{id}/meetings/cadence")
	String cadence(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		int count = this.meetings.scheduleCadence(id, user);
		redirect.addFlashAttribute("flashMessage", "meetings.cadence.scheduled");
		redirect.addFlashAttribute("flashArgument", count);
		return "redirect:/engagements/" + id + "/meetings";
	}

	@GetMapping("/engagements/{id}/decisions")
	String decisions(@PathVariable Long id, @RequestParam(defaultValue = "1") String page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		model.addAttribute("parties", parties);
		int shown = pageNumber(page);
		Page<Meetings.MeetingDecisions> log = this.meetings.decisionLog(id, user.access(), shown - 1, PAGE_SIZE);
		if (log.isEmpty() && shown > 1) {
			log = this.meetings.decisionLog(id, user.access(), Math.max(log.getTotalPages() - 1, 0), PAGE_SIZE);
		}
		model.addAttribute("log", log.getContent());
		model.addAttribute("page", log.getNumber() + 1);
		model.addAttribute("pages", log.getTotalPages());
		return "steering/decisions";
	}

	private String list(Long id, CurrentUser user, Locale locale, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		LocalDateTime now = this.time.today().atStartOfDay();
		model.addAttribute("parties", parties);
		Page<MeetingView> upcoming = this.meetings.upcoming(id, now, user.access(), UPCOMING_SHOWN);
		model.addAttribute("upcoming", upcoming.getContent());
		model.addAttribute("upcomingMore", upcoming.getTotalElements() - upcoming.getNumberOfElements());
		int pastPage = (model.getAttribute("pastPage") instanceof Integer n) ? n : 1;
		Page<MeetingView> past = this.meetings.held(id, now, user.access(), pastPage - 1, PAGE_SIZE);
		if (past.isEmpty() && pastPage > 1) {
			past = this.meetings.held(id, now, user.access(), Math.max(past.getTotalPages() - 1, 0), PAGE_SIZE);
		}
		model.addAttribute("past", past.getContent());
		model.addAttribute("pastPage", past.getNumber() + 1);
		model.addAttribute("pastPages", past.getTotalPages());
		Placement placement = PhaseCalendar.place(parties.goLive(), this.time.today());
		model.addAttribute("phase", placement.phase());
		String phaseName = this.messages.getMessage("phase." + placement.phase(), null, locale);
		String rules = Cadence.rules(placement.phase()).stream().map((rule) -> {
			String kind = this.messages.getMessage("meeting.kind." + rule.kind(), null, locale);
			return (rule.everyMonths() > 0)
					? this.messages.getMessage("meetings.cadence.ruleMonths", new Object[] { kind, rule.everyMonths() },
							locale)
					: this.messages.getMessage("meetings.cadence.rule", new Object[] { kind, rule.everyDays() / 7 },
							locale);
		}).collect(Collectors.joining("; "));
		model.addAttribute("cadenceNow",
				this.messages.getMessage("meetings.cadence.now", new Object[] { phaseName, rules }, locale));
		model.addAttribute("cadenceMonths", Meetings.CADENCE_MONTHS);
		model.addAttribute("members", this.accounts.membersOf(List.of(parties.clientId(), parties.partnerId())));
		addActions(id, user, model);
		return "steering/meetings";
	}

	private void addActions(Long id, CurrentUser user, Model model) {
		LocalDate today = this.time.today();
		model.addAttribute("openActions",
				this.meetings.openActions(id, user.access()).stream().map((a) -> ActionRow.of(a, today)).toList());
		Page<ActionItem> done = this.meetings.doneActions(id, user.access(), PAGE_SIZE);
		model.addAttribute("doneActions", done.stream().map((a) -> ActionRow.of(a, today)).toList());
		model.addAttribute("doneCount", done.getTotalElements());
	}

	/** At most this many actions on a page of the actions page, open and done alike. */
	static final int ACTIONS_PAGE = 25;

	@GetMapping("/engagements/{id}/actions")
	String actions(@PathVariable Long id, @RequestParam(defaultValue = "") String side,
			@RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "1") String open,
			@RequestParam(defaultValue = "1") String done, @AuthenticationPrincipal CurrentUser user, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		List<Member> members = this.accounts.membersOf(List.of(parties.clientId(), parties.partnerId()));
		OwnerSide shownSide = java.util.Arrays.stream(OwnerSide.values())
			.filter((s) -> s.name().equals(side))
			.findFirst()
			.orElse(null);
		String shownOwner = members.stream().map(Member::username).filter(owner::equals).findFirst().orElse(null);
		LocalDate today = this.time.today();
		Page<ActionItem> openPage = page(id, user, false, shownSide, shownOwner, pageNumber(open));
		Page<ActionItem> donePage = page(id, user, true, shownSide, shownOwner, pageNumber(done));
		model.addAttribute("parties", parties);
		model.addAttribute("members", members);
		model.addAttribute("names",
				members.stream().collect(Collectors.toMap(Member::username, Member::displayName, (a, b) -> a)));
		model.addAttribute("side", shownSide);
		model.addAttribute("owner", shownOwner);
		model.addAttribute("open", openPage.map((a) -> ActionRow.of(a, today)));
		model.addAttribute("done", donePage.map((a) -> ActionRow.of(a, today)));
		model.addAttribute("returnTo", "actions");
		return "steering/actions";
	}

	/** The page of actions asked for, or the last one when there are fewer. */
	private Page<ActionItem> page(Long id, CurrentUser user, boolean done, OwnerSide side, String owner, int shown) {
		Page<ActionItem> page = this.meetings.actions(id, user.access(), done, side, owner, shown - 1, ACTIONS_PAGE);
		if (page.isEmpty() && shown > 1) {
			page = this.meetings.actions(id, user.access(), done, side, owner, Math.max(page.getTotalPages() - 1, 0),
					ACTIONS_PAGE);
		}
		return page;
	}

	// One meeting

	@GetMapping("/engagements/{id}/meetings/{meetingId}")
	String meeting(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		model.addAttribute("decisionForm", new DecisionForm());
		ActionForm actionForm = new ActionForm();
		actionForm.setDueDate(this.time.today().plusDays(14));
		model.addAttribute("actionForm", actionForm);
		model.addAttribute("pointForm", new PointForm());
		return page(id, meetingId, user, locale, model, "steering/meeting");
	}

	@GetMapping("/engagements/{id}/meetings/{meetingId}/minutes")
	String minutes(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		return page(id, meetingId, user, locale, model, "steering/minutes");
	}

	@GetMapping("/engagements/{id}/meetings/{meetingId}/edit")
	String editForm(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		model.addAttribute("meetingForm", MeetingForm.of(this.meetings.meeting(id, meetingId, user.access())));
		return editPage(id, meetingId, user, model);
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/edit")
	String edit(@PathVariable Long id, @PathVariable Long meetingId, @Valid MeetingForm meetingForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		MeetingView current = this.meetings.meeting(id, meetingId, user.access());
		if (result.hasErrors()) {
			return editPage(id, meetingId, user, model);
		}
		try {
			long version = (meetingForm.getVersion() != null) ? meetingForm.getVersion() : -1;
			this.meetings.rearrange(id, meetingId, version, meetingForm.toArrangement(allowed(id, user)), user);
		}
		catch (StaleVersionException ex) {
			meetingForm.setVersion(current.version());
			result.reject("meeting.stale");
			return editPage(id, meetingId, user, model);
		}
		redirect.addFlashAttribute("flashMessage", "meetings.rearranged");
		return "redirect:/engagements/" + id + "/meetings/" + meetingId;
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/cancel")
	String cancel(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			this.meetings.cancel(id, meetingId, user);
		}
		catch (MeetingNotCancellableException ex) {
			redirect.addFlashAttribute("flashMessage", "meetings.notCancellable");
			return "redirect:/engagements/" + id + "/meetings/" + meetingId;
		}
		redirect.addFlashAttribute("flashMessage", "meetings.cancelled");
		return "redirect:/engagements/" + id + "/meetings";
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/points")
	String addPoint(@PathVariable Long id, @PathVariable Long meetingId, @Valid PointForm pointForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invalid(id, meetingId, user, locale, model);
		}
		boolean undone = this.meetings.addPoint(id, meetingId, pointForm.getPointTitle(), user);
		return back(id, meetingId, "agenda", undone ? "meeting.approvalsUndone" : null, redirect);
	}

	// The agenda is one form: every button in it (save, move, remove) saves all the
	// notes typed in it first, so that nothing typed is lost.

	@PostMapping("/engagements/{id}/meetings/{meetingId}/points/{pointId}/move")
	String movePoint(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long pointId,
			@RequestParam(defaultValue = "0") int by, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		Map<Long, Meetings.Notes> notes = typedNotes(form, model);
		if (notes == null) {
			return invalid(id, meetingId, user, locale, model);
		}
		boolean undone = this.meetings.movePoint(id, meetingId, pointId, Integer.signum(by), notes, user);
		return back(id, meetingId, "point-" + pointId, undone ? "meeting.approvalsUndone" : null, redirect);
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/points/{pointId}/remove")
	String removePoint(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long pointId,
			@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		Map<Long, Meetings.Notes> notes = typedNotes(form, model);
		if (notes == null) {
			return invalid(id, meetingId, user, locale, model);
		}
		boolean undone = this.meetings.removePoint(id, meetingId, pointId, notes, user);
		return back(id, meetingId, "agenda", undone ? "meeting.approvalsUndone" : null, redirect);
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/notes")
	String notes(@PathVariable Long id, @PathVariable Long meetingId, @RequestParam Map<String, String> form,
			@RequestParam(required = false) Long at, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model, RedirectAttributes redirect) {
		Map<Long, Meetings.Notes> notes = typedNotes(form, model);
		if (notes == null) {
			return invalid(id, meetingId, user, locale, model);
		}
		boolean undone = this.meetings.recordNotes(id, meetingId, notes, user);
		return back(id, meetingId, (at != null) ? "point-" + at : "agenda",
				undone ? "meeting.approvalsUndone" : "meeting.notes.saved", redirect);
	}

	/**
	 * The notes typed in the agenda's form ({@code notes-<point>}, and
	 * {@code internal-<point>} when ticked), or null when one is too long or not plain
	 * text: then the page shows every note as typed, with the message at each wrong one,
	 * and nothing is saved.
	 */
	private static Map<Long, Meetings.Notes> typedNotes(Map<String, String> form, Model model) {
		Map<Long, Meetings.Notes> notes = new LinkedHashMap<>();
		Map<Long, String> errors = new LinkedHashMap<>();
		for (Map.Entry<String, String> field : form.entrySet()) {
			if (!field.getKey().matches("notes-[0-9]{1,18}")) {
				continue;
			}
			Long point = Long.valueOf(field.getKey().substring("notes-".length()));
			String text = field.getValue();
			boolean internal = "true".equals(form.get("internal-" + point));
			notes.put(point, new Meetings.Notes(text, internal));
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
		boolean undone = this.meetings.recordDecision(id, meetingId, decisionForm.getText(),
				decisionForm.getDecidedBy(), decisionForm.getAgendaPointId(), user);
		return back(id, meetingId, "decisions", undone ? "meeting.approvalsUndone" : "meeting.decision.added",
				redirect);
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/decisions/{decisionId}/remove")
	String removeDecision(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long decisionId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		boolean undone = this.meetings.removeDecision(id, meetingId, decisionId, user);
		return back(id, meetingId, "decisions", undone ? "meeting.approvalsUndone" : null, redirect);
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/actions")
	String addAction(@PathVariable Long id, @PathVariable Long meetingId, @Valid ActionForm actionForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		String owner = actionForm.getOwner();
		if (!result.hasFieldErrors("owner") && owner != null && !owner.isBlank()
				&& !allowed(id, user).contains(owner.strip())) {
			result.rejectValue("owner", "meeting.action.owner.unknown");
		}
		checkPoint(id, meetingId, actionForm.getAgendaPointId(), user, result);
		if (result.hasErrors()) {
			return invalid(id, meetingId, user, locale, model);
		}
		MeetingView meeting = this.meetings.meeting(id, meetingId, user.access());
		boolean approved = meeting.clientApprovedAt() != null || meeting.partnerApprovedAt() != null;
		Task task = actionForm.toTask();
		this.meetings.addAction(id, meetingId, actionForm.getAgendaPointId(), task, user.access(), user.signature());
		return back(id, meetingId, "actions", approved ? "meeting.approvalsUndone" : "meeting.action.added", redirect);
	}

	/** A decision or action comes from a point of this meeting's agenda, or none. */
	private void checkPoint(Long id, Long meetingId, Long pointId, CurrentUser user, BindingResult result) {
		if (pointId != null && !this.meetings.hasPoint(id, meetingId, pointId, user.access())) {
			result.rejectValue("agendaPointId", "meeting.fromPoint.unknown");
		}
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/approve")
	String approve(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			boolean approved = this.meetings.approve(id, meetingId, user);
			return back(id, meetingId, "approvals", approved ? "meeting.approved" : "meeting.notAParty", redirect);
		}
		catch (MinutesNotOpenException ex) {
			return back(id, meetingId, "approvals", "meeting.approve.notYet", redirect);
		}
	}

	@PostMapping("/engagements/{id}/actions/{actionId}/done")
	String done(@PathVariable Long id, @PathVariable Long actionId, @RequestParam(defaultValue = "true") boolean done,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) Long meetingId,
			@RequestParam(defaultValue = "") String returnTo, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		ActionItem action = this.meetings.action(id, actionId, user.access());
		Task task = action.task();
		String message = "meeting.action.changed";
		try {
			this.meetings.changeAction(id, actionId, version,
					new Task(task.title(), task.ownerSide(), task.owner(), task.dueDate(), done), user.access(),
					user.signature());
		}
		catch (StaleVersionException ex) {
			message = "meeting.action.stale";
		}
		redirect.addFlashAttribute("flashMessage", message);
		String target = ("actions".equals(returnTo)) ? "/engagements/" + id + "/actions" : (meetingId != null)
				? "/engagements/" + id + "/meetings/" + meetingId : "/engagements/" + id + "/meetings";
		return "redirect:" + target + "#action-" + actionId;
	}

	private String page(Long id, Long meetingId, CurrentUser user, Locale locale, Model model, String view) {
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
		return page(id, meetingId, user, locale, model, "steering/meeting");
	}

	private String editPage(Long id, Long meetingId, CurrentUser user, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		model.addAttribute("parties", parties);
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("members", this.accounts.membersOf(List.of(parties.clientId(), parties.partnerId())));
		return "steering/edit";
	}

	private Set<String> allowed(Long id, CurrentUser user) {
		Parties parties = this.engagements.parties(id, user.access());
		return this.accounts.membersOf(List.of(parties.clientId(), parties.partnerId()))
			.stream()
			.map(Member::username)
			.collect(Collectors.toSet());
	}

	private static String back(Long id, Long meetingId, String anchor, String message, RedirectAttributes redirect) {
		if (message != null) {
			redirect.addFlashAttribute("flashMessage", message);
		}
		return "redirect:/engagements/" + id + "/meetings/" + meetingId + "#" + anchor;
	}

}
