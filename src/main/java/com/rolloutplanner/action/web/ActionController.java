package com.rolloutplanner.action.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.Member;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.input.PageNumbers;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.export.Column;
import com.rolloutplanner.export.Spreadsheets;
import com.rolloutplanner.export.Table;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.action.ActionItem.Task;
import com.rolloutplanner.action.ActionItem;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.steering.EngagementMembers;
import com.rolloutplanner.action.ActionRow;
import com.rolloutplanner.system.StaleVersionException;
import com.rolloutplanner.system.TimeSource;

/**
 * The actions of an engagement, open and done, by side and owner; marking one done or
 * open again from any page that lists it.
 */
@Controller
class ActionController {

	private final ActionItems actionItems;

	private final Engagements engagements;

	private final EngagementMembers members;

	private final TimeSource time;

	private final Spreadsheets spreadsheets;

	private final MessageSource messages;

	ActionController(ActionItems actionItems, Engagements engagements, EngagementMembers members, TimeSource time,
			Spreadsheets spreadsheets, MessageSource messages) {
		this.spreadsheets = spreadsheets;
		this.messages = messages;
		this.actionItems = actionItems;
		this.engagements = engagements;
		this.members = members;
		this.time = time;
	}

	/** At most this many actions on a page of the actions page, open and done alike. */
	static final int ACTIONS_PAGE = 25;

	@GetMapping("/engagements/{id}/actions")
	String actions(@PathVariable Long id, @RequestParam(defaultValue = "") String side,
			@RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "1") String open,
			@RequestParam(defaultValue = "1") String done, @AuthenticationPrincipal CurrentUser user, Model model) {
		Parties parties = this.engagements.parties(id, user.access());
		List<Member> members = this.members.of(parties);
		OwnerSide shownSide = java.util.Arrays.stream(OwnerSide.values())
			.filter((s) -> s.name().equals(side))
			.findFirst()
			.orElse(null);
		String shownOwner = members.stream().map(Member::username).filter(owner::equals).findFirst().orElse(null);
		LocalDate today = this.time.today();
		Page<ActionItem> openPage = page(id, user, false, shownSide, shownOwner, PageNumbers.of(open));
		Page<ActionItem> donePage = page(id, user, true, shownSide, shownOwner, PageNumbers.of(done));
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
		Page<ActionItem> page = this.actionItems.actions(id, user.access(), done, side, owner, shown - 1, ACTIONS_PAGE);
		if (page.isEmpty() && shown > 1) {
			page = this.actionItems.actions(id, user.access(), done, side, owner, Math.max(page.getTotalPages() - 1, 0),
					ACTIONS_PAGE);
		}
		return page;
	}

	@PostMapping("/engagements/{id}/actions/{actionId}/done")
	String done(@PathVariable Long id, @PathVariable Long actionId, @RequestParam(defaultValue = "true") boolean done,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) Long meetingId,
			@RequestParam(defaultValue = "") String returnTo, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		ActionItem action = this.actionItems.action(id, actionId, user.access());
		Task task = action.task();
		String message = "meeting.action.changed";
		try {
			this.actionItems.changeAction(id, actionId, version,
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

	@GetMapping({ "/engagements/{id}/actions.csv", "/engagements/{id}/actions.xlsx" })
	void export(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Parties parties = this.engagements.parties(id, user.access());
		java.util.Map<String, String> names = this.members.of(parties)
			.stream()
			.collect(Collectors.toMap(Member::username, Member::displayName, (a, b) -> a));
		Table<ActionItem> table = new Table<>("actions-" + id,
				List.of(Column.text("actions.export.title", 40), Column.text("meeting.action.ownerSide", 14),
						Column.text("meeting.action.owner", 24), Column.date("actions.export.due"),
						Column.text("actions.export.state", 12), Column.dateTime("actions.export.added")),
				(page) -> this.actionItems.allActions(id, user.access(), page, Table.CHUNK),
				(a) -> java.util.Arrays.asList(a.getTitle(), word("side." + a.getOwnerSide(), locale),
						(a.getOwnerUsername() != null) ? names.getOrDefault(a.getOwnerUsername(), a.getOwnerUsername())
								: null,
						a.getDueDate(), word(a.isDone() ? "actions.export.done" : "actions.export.open", locale),
						a.getCreatedAt()));
		this.spreadsheets.send(table, request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv", locale, response);
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
