package com.rolloutplanner.engagement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.system.ViewHelpers;

/**
 * The history of an engagement: every change, who made it and when, old value and new
 * value. Moving the go-live date or a goal's target is marked so it is easy to spot.
 */
@Controller
class HistoryController {

	private final Engagements engagements;

	private final MessageSource messages;

	private final ViewHelpers fmt;

	HistoryController(Engagements engagements, MessageSource messages, ViewHelpers fmt) {
		this.engagements = engagements;
		this.messages = messages;
		this.fmt = fmt;
	}

	@GetMapping("/engagements/{id}/history")
	String history(@PathVariable Long id, Model model, Locale locale, @AuthenticationPrincipal CurrentUser user) {
		String name = this.engagements.read(id, user.access(), Engagement::getName);
		List<HistoryRow> rows = this.engagements.history(id, user.access())
			.stream()
			.map((entry) -> row(entry, locale))
			.toList();
		model.addAttribute("engagementId", id);
		model.addAttribute("engagementName", name);
		model.addAttribute("rows", rows);
		return "engagement/history";
	}

	private HistoryRow row(AuditEntry entry, Locale locale) {
		String field = entry.getField();
		return new HistoryRow(this.fmt.dateTime(entry.getChangedAt()), entry.getActor(),
				message("history.action." + entry.getAction(), locale), (field != null) ? label(field, locale) : "",
				value(field, entry.getOldValue(), locale), value(field, entry.getNewValue(), locale),
				notice(entry, locale));
	}

	private String label(String field, Locale locale) {
		if (field.startsWith("goal.")) {
			return message("goalType." + field.substring(5), locale);
		}
		if (field.startsWith("flag.")) {
			return message(field + ".title", locale);
		}
		if (field.startsWith("gate.")) {
			return message(field, locale);
		}
		if (field.startsWith("kpi:")) {
			return field.substring(4);
		}
		return message("history.field." + field, locale);
	}

	private String value(String field, String value, Locale locale) {
		if (value == null || field == null) {
			return "";
		}
		if ((field.startsWith("gate.") || field.equals("charter"))
				&& (value.equals("CLIENT") || value.equals("PARTNER"))) {
			return message("side." + value, locale);
		}
		if (field.equals("contractModel")) {
			return message("contractModel." + value, locale);
		}
		if (field.equals("goLiveDate")) {
			return this.fmt.date(LocalDate.parse(value));
		}
		if (field.equals("channels")) {
			return value.isEmpty() ? ""
					: Arrays.stream(value.split(","))
						.map((c) -> message("channel." + c, locale))
						.collect(Collectors.joining(", "));
		}
		if (field.startsWith("goal.")) {
			String[] parts = value.split("\\|", 2);
			String description = (parts.length > 1) ? parts[1] : "";
			return this.messages
				.getMessage("history.goalValue", new Object[] { Integer.valueOf(parts[0]), description }, locale)
				.strip();
		}
		return value;
	}

	/** A short warning for the changes a steering group should notice. */
	private String notice(AuditEntry entry, Locale locale) {
		String field = entry.getField();
		if ("KPI_TARGET_LOWERED".equals(entry.getAction())) {
			return message("history.notice.targetLowered", locale);
		}
		if ("GATE_CRITERIA_CHANGED_SIGNOFFS_UNDONE".equals(entry.getAction())) {
			return message("history.action.GATE_CRITERIA_CHANGED_SIGNOFFS_UNDONE", locale).replace(":", "");
		}
		if (!"UPDATED".equals(entry.getAction()) || field == null) {
			return null;
		}
		if (field.equals("goLiveDate") && entry.getOldValue() != null && entry.getNewValue() != null) {
			long days = ChronoUnit.DAYS.between(LocalDate.parse(entry.getOldValue()),
					LocalDate.parse(entry.getNewValue()));
			return this.messages.getMessage(days > 0 ? "history.notice.goLiveLater" : "history.notice.goLiveEarlier",
					new Object[] { Math.abs(days) }, locale);
		}
		if (field.startsWith("goal.")) {
			if (entry.getNewValue() == null) {
				return message("history.notice.goalRemoved", locale);
			}
			if (entry.getOldValue() != null && month(entry.getNewValue()) > month(entry.getOldValue())) {
				return message("history.notice.targetLater", locale);
			}
		}
		return null;
	}

	private static int month(String goalValue) {
		return Integer.parseInt(goalValue.split("\\|", 2)[0]);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	public record HistoryRow(String when, String who, String action, String field, String oldValue, String newValue,
			String notice) {
	}

}
