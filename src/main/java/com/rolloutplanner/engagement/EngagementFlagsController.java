package com.rolloutplanner.engagement;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.quickwin.QuickWinSubject;
import com.rolloutplanner.system.AsOf;

/** Acknowledging a quick-win flag with a reason, and withdrawing the acknowledgement. */
@Controller
class EngagementFlagsController {

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final EngagementPage page;

	EngagementFlagsController(Engagements engagements, QuickWinAssessor assessor, EngagementPage page) {
		this.engagements = engagements;
		this.assessor = assessor;
		this.page = page;
	}

	@PostMapping("/engagements/{id}/flags/acknowledge")
	String acknowledge(@PathVariable Long id, @RequestParam FlagCode code, @RequestParam String finding,
			@RequestParam(defaultValue = "") String reason, AsOf asOf, Model model,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		String problem = reason.isBlank() ? "flag.acknowledge.reasonRequired"
				: (reason.strip().length() > QuickWinAssessor.MAX_REASON) ? "flag.acknowledge.reasonTooLong" : null;
		if (problem != null) {
			model.addAttribute("ackFailure", new AcknowledgementFailure(code, finding, reason, problem));
			return this.page.render(model, id, asOf, user);
		}
		QuickWinSubject subject = this.engagements.read(id, user.access(), Engagement::quickWinSubject);
		LocalDate goLive = this.engagements.read(id, user.access(), Engagement::getGoLiveDate);
		boolean recorded = this.assessor.acknowledge(id, goLive, subject, code, finding, reason, user.signature());
		if (recorded) {
			this.engagements.recordEvent(id, user.access(), user.signature(), "FLAG_ACKNOWLEDGED", "flag." + code, null,
					reason.strip());
		}
		redirect.addFlashAttribute("flashMessage", recorded ? "flag.acknowledged" : "flag.acknowledge.gone");
		return "redirect:/engagements/" + id + "#flags";
	}

	@PostMapping("/engagements/{id}/flags/withdraw")
	String withdraw(@PathVariable Long id, @RequestParam FlagCode code, @RequestParam String finding,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.engagements.read(id, user.access(), Engagement::getId);
		if (this.assessor.withdraw(id, code, finding)) {
			this.engagements.recordEvent(id, user.access(), user.signature(), "FLAG_WITHDRAWN", "flag." + code, null,
					null);
		}
		redirect.addFlashAttribute("flashMessage", "flag.withdrawn");
		return "redirect:/engagements/" + id + "#flags";
	}

	/** A rejected acknowledgement, shown again at its flag with what was typed. */
	public record AcknowledgementFailure(FlagCode code, String finding, String reason, String error) {

		public boolean concerns(FlagCode otherCode, String otherFinding) {
			return this.code == otherCode && this.finding.equals(otherFinding);
		}

	}

}
