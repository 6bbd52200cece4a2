package com.rolloutplanner.api.plan;

import com.rolloutplanner.api.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.pulse.PulseFinding;
import com.rolloutplanner.pulse.Pulses;
import com.rolloutplanner.pulse.Statement;

/**
 * The cooperation pulse: answering it as the caller, and both sides' scores with the
 * findings.
 */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
public class PulseApi {

	private final Pulses pulses;

	private final Clock clock;

	PulseApi(Pulses pulses, Clock clock) {
		this.pulses = pulses;
		this.clock = clock;
	}

	/** The five statements, each answered 1 (disagree) to 5 (agree). */
	public record AnswersJson(@Nullable Integer TRUST, @Nullable Integer EARLY_PROBLEMS,
			@Nullable Integer COMMITMENTS_KEPT, @Nullable Integer COMMUNICATION, @Nullable Integer WORTH_IT) {

		Map<Statement, Integer> values() {
			Map<Statement, Integer> values = new EnumMap<>(Statement.class);
			put(values, Statement.TRUST, this.TRUST);
			put(values, Statement.EARLY_PROBLEMS, this.EARLY_PROBLEMS);
			put(values, Statement.COMMITMENTS_KEPT, this.COMMITMENTS_KEPT);
			put(values, Statement.COMMUNICATION, this.COMMUNICATION);
			put(values, Statement.WORTH_IT, this.WORTH_IT);
			return values;
		}

		private static void put(Map<Statement, Integer> values, Statement statement, @Nullable Integer value) {
			if (value != null) {
				values.put(statement, value);
			}
		}

	}

	/** An answer for a pulse month. */
	public record PulseAnswerRequest(@Nullable Integer month, @Nullable AnswersJson answers, @Nullable String comment,
			@Nullable Boolean internal) {
	}

	/** A side's score of a month ({@code null} without answers) and how many answered. */
	public record SideJson(@Nullable BigDecimal score, int answers) {
	}

	public record PulseMonthJson(int month, SideJson client, SideJson partner) {
	}

	/**
	 * Every pulse month that has opened, oldest first, and the findings of the latest.
	 */
	public record PulseJson(List<PulseMonthJson> months, List<PulseFinding> findings) {
	}

	@GetMapping("/engagements/{id}/pulse")
	@Operation(description = "Both sides' pulse scores by month (never who answered) and the findings.")
	PulseJson pulse(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user) {
		return json(this.pulses.view(id, user.access(), user.getOrganisationId(), user.getUsername(),
				LocalDate.now(this.clock)));
	}

	@PostMapping(path = "/engagements/{id}/pulse", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@ApiResponse(responseCode = "201",
			description = "Answered (an earlier answer of the caller's replaced); " + "the pulse as it now is.")
	@Operation(description = "Answers the pulse of a month as the caller, for the caller's side: a pulse month "
			+ "(1-6, then every third month, to the contract's end) that is complete; every statement 1-5; "
			+ "a comment of at most 1000 characters, kept to the caller's side when internal.")
	PulseJson answer(@PathVariable Long id, @RequestBody PulseAnswerRequest request,
			@AuthenticationPrincipal CurrentUser user) {
		Map<Statement, Integer> values = (request.answers() != null) ? request.answers().values() : Map.of();
		List<Pulses.Problem> problems = this.pulses.check(id, request.month(), values, request.comment(), user);
		if (!problems.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, problems.stream()
				.map((problem) -> new ApiException.Rejected(field(problem.field()), problem.code(), new Object[0]))
				.toList());
		}
		this.pulses.answer(id, request.month(), values, request.comment(), Boolean.TRUE.equals(request.internal()),
				user);
		return pulse(id, user);
	}

	/** A statement's field in the request. */
	private static String field(String problemField) {
		for (Statement statement : Statement.values()) {
			if (statement.name().equals(problemField)) {
				return "answers." + statement.name();
			}
		}
		return problemField;
	}

	private static PulseJson json(Pulses.PulseView view) {
		return new PulseJson(view.months()
			.stream()
			.map((m) -> new PulseMonthJson(m.month(), new SideJson(m.client().score(), m.client().answers()),
					new SideJson(m.partner().score(), m.partner().answers())))
			.toList(), List.copyOf(view.findings()));
	}

}
