package com.rolloutplanner.quickwin.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.QuickWinAssessor;

/**
 * Acknowledging a quick-win flag with a reason, and withdrawing the acknowledgement. A
 * rejected acknowledgement goes back to its flag with what was typed (post, redirect,
 * get: a refresh never posts again).
 */
@Controller
class FlagAcknowledgementController {

	private final QuickWinAssessor assessor;

	FlagAcknowledgementController(QuickWinAssessor assessor) {
		this.assessor = assessor;
	}

	@PostMapping("/engagements/{id}/flags/acknowledge")
	String acknowledge(@PathVariable Long id, @RequestParam FlagCode code, @RequestParam String finding,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		String problem = reason.isBlank() ? "flag.acknowledge.reasonRequired"
				: (reason.strip().length() > QuickWinAssessor.MAX_REASON) ? "flag.acknowledge.reasonTooLong"
						: !PlainText.Check.isPlain(reason, true) ? "PlainText" : null;
		if (problem != null) {
			this.assessor.subjectVisible(id, user.access());
			redirect.addFlashAttribute("ackFailure", new AcknowledgementFailure(code, finding, reason, problem));
			// The browser lands on the flag whose reason is missing; a refresh posts
			// nothing.
			return "redirect:/engagements/" + id + "#flag-error";
		}
		boolean recorded = this.assessor.acknowledge(id, user.access(), code, finding, reason, user.signature());
		redirect.addFlashAttribute("flashMessage", recorded ? "flag.acknowledged" : "flag.acknowledge.gone");
		return "redirect:/engagements/" + id + "#flags";
	}

	@PostMapping("/engagements/{id}/flags/withdraw")
	String withdraw(@PathVariable Long id, @RequestParam FlagCode code, @RequestParam String finding,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.assessor.withdraw(id, user.access(), code, finding, user.signature());
		redirect.addFlashAttribute("flashMessage", "flag.withdrawn");
		return "redirect:/engagements/" + id + "#flags";
	}

	/** A rejected acknowledgement, shown again at its flag with what was typed. */
	public record AcknowledgementFailure(FlagCode code, String finding, String reason,
			String error) implements java.io.Serializable {

		public boolean concerns(FlagCode otherCode, String otherFinding) {
			return this.code == otherCode && this.finding.equals(otherFinding);
		}

	}

}
