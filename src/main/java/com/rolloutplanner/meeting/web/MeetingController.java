package com.rolloutplanner.meeting.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
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

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.input.PageNumbers;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.action.ActionItem;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.meeting.Cadence;
import com.rolloutplanner.steering.EngagementMembers;
import com.rolloutplanner.steering.MeetingNotCancellableException;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.action.ActionRow;
import com.rolloutplanner.system.StaleVersionException;
import com.rolloutplanner.system.TimeSource;

/**
 * The meetings of an engagement: the list with the recommended cadence and the actions,
 * scheduling one meeting or the cadence, rearranging and cancelling a meeting.
 */
@Controller
public class MeetingController {

	private final Meetings meetings;

	private final ActionItems actionItems;

	private final Engagements engagements;

	private final EngagementMembers members;

	private final TimeSource time;

	private final MessageSource messages;

	public MeetingController(Meetings meetings, ActionItems actionItems, Engagements engagements,
			EngagementMembers members, TimeSource time, MessageSource messages) {
		this.meetings = meetings;
		this.actionItems = actionItems;
		this.engagements = engagements;
		this.members = members;
		this.time = time;
		this.messages = messages;
	}

	@InitBinder("meetingForm")
	public void meetingFields(WebDataBinder binder) {
		binder.setAllowedFields("kind", "date", "time", "durationMinutes", "place", "guests", "attendees", "version");
	}

	/** At most this many meetings ahead are listed; the rest are counted. */
	static final int UPCOMING_SHOWN = 30;

	@GetMapping("/engagements/{id}/meetings")
	public String meetings(@PathVariable Long id, @RequestParam(defaultValue = "1") String past,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		MeetingForm form = new MeetingForm();
		form.setDate(this.time.today().plusDays(7));
		model.addAttribute("meetingForm", form);
		model.addAttribute("pastPage", com.rolloutplanner.input.PageNumbers.of(past));
		return list(id, user, locale, model);
	}

	@PostMapping("/engagements/{id}/meetings")
	public String schedule(@PathVariable Long id, @Valid MeetingForm meetingForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(id, user, locale, model);
		}
		Long meetingId = this.meetings.schedule(id, meetingForm.toArrangement(this.members.usernames(id, user)), user);
		redirect.addFlashAttribute("flashMessage", "meetings.scheduled");
		return "redirect:/engagements/" + id + "/meetings/" + meetingId;
	}

	@PostMapping("/engagements/{id}/meetings/cadence")
	public String cadence(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		int count = this.meetings.scheduleCadence(id, user);
		redirect.addFlashAttribute("flashMessage", "meetings.cadence.scheduled");
		redirect.addFlashAttribute("flashArgument", count);
		return "redirect:/engagements/" + id + "/meetings";
	}

	private String list(Long id, CurrentUser user, Locale locale, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		LocalDateTime now = this.time.today().atStartOfDay();
		model.addAttribute("parties", parties);
		Page<MeetingView> upcoming = this.meetings.upcoming(id, now, user.access(), UPCOMING_SHOWN);
		model.addAttribute("upcoming", upcoming.getContent());
		model.addAttribute("upcomingMore", upcoming.getTotalElements() - upcoming.getNumberOfElements());
		int pastPage = (model.getAttribute("pastPage") instanceof Integer n) ? n : 1;
		Page<MeetingView> past = this.meetings.held(id, now, user.access(), pastPage - 1, MeetingView.PAGE_SIZE);
		if (past.isEmpty() && pastPage > 1) {
			past = this.meetings.held(id, now, user.access(), Math.max(past.getTotalPages() - 1, 0),
					MeetingView.PAGE_SIZE);
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
		model.addAttribute("members", this.members.of(parties));
		addActions(id, user, model);
		return "steering/meetings";
	}

	private void addActions(Long id, CurrentUser user, Model model) {
		LocalDate today = this.time.today();
		model.addAttribute("openActions",
				this.actionItems.openActions(id, user.access()).stream().map((a) -> ActionRow.of(a, today)).toList());
		Page<ActionItem> done = this.actionItems.doneActions(id, user.access(), MeetingView.PAGE_SIZE);
		model.addAttribute("doneActions", done.stream().map((a) -> ActionRow.of(a, today)).toList());
		model.addAttribute("doneCount", done.getTotalElements());
	}

	@GetMapping("/engagements/{id}/meetings/{meetingId}/edit")
	public String editForm(@PathVariable Long id, @PathVariable Long meetingId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("meetingForm", MeetingForm.of(this.meetings.meeting(id, meetingId, user.access())));
		return editPage(id, meetingId, user, model);
	}

	@PostMapping("/engagements/{id}/meetings/{meetingId}/edit")
	public String edit(@PathVariable Long id, @PathVariable Long meetingId, @Valid MeetingForm meetingForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		MeetingView current = this.meetings.meeting(id, meetingId, user.access());
		if (result.hasErrors()) {
			return editPage(id, meetingId, user, model);
		}
		try {
			long version = (meetingForm.getVersion() != null) ? meetingForm.getVersion() : -1;
			this.meetings.rearrange(id, meetingId, version, meetingForm.toArrangement(this.members.usernames(id, user)),
					user);
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
	public String cancel(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal CurrentUser user,
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

	private String editPage(Long id, Long meetingId, CurrentUser user, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		model.addAttribute("parties", parties);
		model.addAttribute("meetingId", meetingId);
		model.addAttribute("members", this.members.of(parties));
		return "steering/edit";
	}

}
