package com.rolloutplanner.roadmap.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.roadmap.ItemStatus;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.roadmap.RoadmapItem;
import com.rolloutplanner.roadmap.RoadmapRow;
import com.rolloutplanner.roadmap.Roadmaps;
import com.rolloutplanner.system.AsOf;
import com.rolloutplanner.system.StaleVersionException;
import com.rolloutplanner.system.TimeSource;

/** The joint roadmap of an engagement, grouped by phase, and its items. */
@Controller
class RoadmapController {

	private static final String LIST = "roadmap/roadmap";

	private static final String FORM = "roadmap/item";

	private final Roadmaps roadmaps;

	private final Engagements engagements;

	private final MessageSource messages;

	private final TimeSource time;

	RoadmapController(Roadmaps roadmaps, Engagements engagements, MessageSource messages, TimeSource time) {
		this.roadmaps = roadmaps;
		this.engagements = engagements;
		this.messages = messages;
		this.time = time;
	}

	@InitBinder("roadmapForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("title", "description", "dueDate", "ownerSide", "status", "addressesDip", "version");
	}

	@GetMapping("/engagements/{id}/roadmap")
	String roadmap(@PathVariable Long id, AsOf asOf, @AuthenticationPrincipal CurrentUser user, Model model) {
		RoadmapForm form = new RoadmapForm();
		model.addAttribute("roadmapForm", form);
		model.addAttribute("asOf", asOf);
		return list(id, user, model, asOf.date());
	}

	@PostMapping("/engagements/{id}/roadmap")
	String add(@PathVariable Long id, @Valid RoadmapForm roadmapForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(id, user, model, this.time.today());
		}
		this.roadmaps.add(id, roadmapForm.toPlan(), user);
		redirect.addFlashAttribute("flashMessage", "roadmap.added");
		return "redirect:/engagements/" + id + "/roadmap";
	}

	@PostMapping("/engagements/{id}/roadmap/starter")
	String addStarter(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			RedirectAttributes redirect) {
		int added = this.roadmaps.addStarter(id, (key) -> this.messages.getMessage(key, null, locale), user);
		redirect.addFlashAttribute("flashMessage", (added > 0) ? "roadmap.starterAdded" : "roadmap.starterNotEmpty");
		redirect.addFlashAttribute("flashArgument", added);
		return "redirect:/engagements/" + id + "/roadmap";
	}

	@GetMapping("/engagements/{id}/roadmap/{itemId}/edit")
	String editForm(@PathVariable Long id, @PathVariable Long itemId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		RoadmapItem item = this.roadmaps.item(id, itemId, user);
		RoadmapForm form = RoadmapForm.of(item);
		if (item.getTextKey() != null) {
			// A starter item is edited in the reader's words.
			form.setTitle(text(item.getTextKey() + ".title"));
			form.setDescription(text(item.getTextKey() + ".description"));
		}
		model.addAttribute("roadmapForm", form);
		return form(id, itemId, user, model);
	}

	@PostMapping("/engagements/{id}/roadmap/{itemId}/edit")
	String edit(@PathVariable Long id, @PathVariable Long itemId, @Valid RoadmapForm roadmapForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		RoadmapItem current = this.roadmaps.item(id, itemId, user);
		if (result.hasErrors()) {
			return form(id, itemId, user, model);
		}
		RoadmapItem.Plan plan = roadmapForm.toPlan();
		String key = current.getTextKey();
		if (key != null && plan.title().strip().equals(text(key + ".title"))
				&& java.util.Objects.equals(blankToNull(plan.description()), text(key + ".description"))) {
			// The starter's words left as they were: the item keeps speaking the reader's
			// language.
			plan = new RoadmapItem.Plan(current.getTitle(), current.getDescription(), plan.dueDate(), plan.ownerSide(),
					plan.status(), plan.addressesDip());
		}
		try {
			this.roadmaps.change(id, itemId, roadmapForm.getVersion(), plan, user);
		}
		catch (StaleVersionException ex) {
			roadmapForm.setVersion(current.getVersion());
			result.reject("roadmap.stale");
			return form(id, itemId, user, model);
		}
		redirect.addFlashAttribute("flashMessage", "roadmap.changed");
		return "redirect:/engagements/" + id + "/roadmap";
	}

	@PostMapping("/engagements/{id}/roadmap/{itemId}/delete")
	String delete(@PathVariable Long id, @PathVariable Long itemId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		RoadmapItem item = this.roadmaps.item(id, itemId, user);
		this.roadmaps.remove(id, itemId, user);
		// The page says so and offers to undo it: undoing is cheap: the page offers to
		// add the item back as it was.
		redirect.addFlashAttribute("restorable", Restorable.of(item));
		return "redirect:/engagements/" + id + "/roadmap";
	}

	@PostMapping("/engagements/{id}/roadmap/restore")
	String restore(@PathVariable Long id, @Valid RoadmapForm roadmapForm, BindingResult result,
			@RequestParam(required = false) String textKey, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// Only a hand-made request gets here: the undo form sends the deleted item
			// back.
			redirect.addFlashAttribute("flashMessage", "roadmap.restoreFailed");
			return "redirect:/engagements/" + id + "/roadmap";
		}
		RoadmapItem restored = this.roadmaps.restore(id, roadmapForm.toPlan(), textKey, user);
		redirect.addFlashAttribute("flashMessage", (restored != null) ? "roadmap.restored" : "roadmap.alreadyRestored");
		return "redirect:/engagements/" + id + "/roadmap";
	}

	/** A deleted item, for its undo form. */
	public record Restorable(String title, String description, LocalDate dueDate, OwnerSide ownerSide,
			ItemStatus status, boolean addressesDip, String textKey) implements java.io.Serializable {

		static Restorable of(RoadmapItem item) {
			return new Restorable(item.getTitle(), item.getDescription(), item.getDueDate(), item.getOwnerSide(),
					item.getStatus(), item.isAddressesDip(), item.getTextKey());
		}

	}

	private String text(String key) {
		return this.messages.getMessage(key, null, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private String list(Long id, CurrentUser user, Model model, LocalDate asOf) {
		Header header = header(id, user);
		List<RoadmapItem> items = this.roadmaps.items(id, user);
		List<PhaseGroup> groups = new ArrayList<>();
		for (Phase phase : Phase.values()) {
			List<RoadmapRow> rows = items.stream()
				.filter((item) -> item.placement(header.goLive()).phase() == phase)
				.map((item) -> RoadmapRow.of(item, header.goLive(), asOf, this.messages))
				.toList();
			groups.add(new PhaseGroup(phase, rows));
		}
		model.addAttribute("header", header);
		model.addAttribute("groups", groups);
		model.addAttribute("empty", items.isEmpty());
		model.addAttribute("shownDate", asOf);
		return LIST;
	}

	private String form(Long id, Long itemId, CurrentUser user, Model model) {
		model.addAttribute("header", header(id, user));
		model.addAttribute("itemId", itemId);
		return FORM;
	}

	private Header header(Long id, CurrentUser user) {
		Parties parties = this.engagements.parties(id, user.access());
		return new Header(parties.engagementId(), parties.name(), parties.goLive());
	}

	public record Header(Long id, String name, LocalDate goLive) {
	}

	public record PhaseGroup(Phase phase, List<RoadmapRow> rows) {
	}

}
