package com.rolloutplanner.notification.web;

import java.time.Duration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.rolloutplanner.mail.ScheduledRuns;
import com.rolloutplanner.notification.DailyChecks;
import com.rolloutplanner.notification.WeeklyDigest;

/**
 * The scheduled mails for administrators (the whole {@code /admin} path is theirs): when
 * the daily checks last ran, and running them or the weekly digests at once, with how
 * many they made and how long it took (measured, for the benchmark too). Nothing is
 * written twice: each notice is written once per recipient, each digest once per user and
 * week.
 */
@Controller
class NotificationRunsController {

	/** The daily runs listed. */
	static final int SHOWN = 14;

	private final DailyChecks daily;

	private final WeeklyDigest digest;

	private final ScheduledRuns runs;

	NotificationRunsController(DailyChecks daily, WeeklyDigest digest, ScheduledRuns runs) {
		this.daily = daily;
		this.digest = digest;
		this.runs = runs;
	}

	@GetMapping("/admin/notifications")
	String runs(Model model) {
		model.addAttribute("runs", this.runs.recent(DailyChecks.JOB, SHOWN));
		return "notification/runs";
	}

	@PostMapping("/admin/notifications/daily-checks")
	String runDailyChecks(RedirectAttributes redirect) {
		long start = System.nanoTime();
		DailyChecks.Result result = this.daily.runNow();
		redirect.addFlashAttribute("ran", "notificationRuns.dailyChecks.ran");
		redirect.addFlashAttribute("count", result.notices());
		redirect.addFlashAttribute("mails", result.mails());
		redirect.addFlashAttribute("millis", Duration.ofNanos(System.nanoTime() - start).toMillis());
		return "redirect:/admin/notifications";
	}

	@PostMapping("/admin/notifications/digests")
	String runDigests(RedirectAttributes redirect) {
		long start = System.nanoTime();
		int written = this.digest.runNow();
		redirect.addFlashAttribute("ran", "notificationRuns.digests.ran");
		redirect.addFlashAttribute("count", written);
		redirect.addFlashAttribute("millis", Duration.ofNanos(System.nanoTime() - start).toMillis());
		return "redirect:/admin/notifications";
	}

}
