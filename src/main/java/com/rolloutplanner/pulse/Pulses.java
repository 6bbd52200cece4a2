package com.rolloutplanner.pulse;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.input.PlainText;
import com.rolloutplanner.kpi.ExpectedBand;
import com.rolloutplanner.kpi.Judgement;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.pulse.PulseEvents.PulseAnswered;

/**
 * The cooperation pulse of engagements, behind the engagement's own access check: the
 * managers of both sides answer it, each side sees the scores of both and the comments
 * meant for it, and nobody sees who answered what.
 */
@Service
@Transactional(readOnly = true)
public class Pulses {

	/** The longest comment. */
	public static final int MAX_COMMENT = 1000;

	private final PulseAnswerRepository answers;

	private final Engagements engagements;

	private final Kpis kpis;

	private final ApplicationEventPublisher events;

	private final EngagementLocks locks;

	private final Clock clock;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Pulses(PulseAnswerRepository answers, Engagements engagements, Kpis kpis, ApplicationEventPublisher events,
			EngagementLocks locks, Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.answers = answers;
		this.engagements = engagements;
		this.kpis = kpis;
		this.events = events;
		this.locks = locks;
		this.clock = clock;
	}

	/**
	 * A pulse month of an engagement that opened on the day, for the mail that says so.
	 */
	public record Opened(Long engagementId, int month, LocalDate opened) {
	}

	/**
	 * The pulse months of signed engagements that opened from {@code from} to {@code to}
	 * (both included), oldest first, at most {@code limit}: one query, whatever the
	 * number of engagements.
	 */
	public List<Opened> openedBetween(LocalDate from, LocalDate to, int limit) {
		StringBuilder where = new StringBuilder();
		List<Object> params = new ArrayList<>();
		List<Integer> months = PulseRules.pulseMonths(PulseRules.LONGEST_CONTRACT);
		for (int month : months) {
			where.append(where.isEmpty() ? "" : " or ").append("go_live_date between ? and ?");
			// A go-live on the 29th-31st opens on a shorter month's last day: a few days
			// wider on both sides, and exact below.
			params.add(from.minusMonths(month).minusDays(3));
			params.add(to.minusMonths(month).plusDays(3));
		}
		List<Opened> opened = new ArrayList<>();
		this.jdbc
			.sql("select id, go_live_date, contract_months from engagement where stage = 'SIGNED' and (" + where
					+ ") order by go_live_date, id fetch first " + limit + " rows only")
			.params(params)
			.query((rs, row) -> {
				LocalDate goLive = rs.getObject("go_live_date", LocalDate.class);
				int contractMonths = rs.getInt("contract_months");
				for (int month : months) {
					LocalDate opens = PulseRules.opens(goLive, month);
					if (PulseRules.isPulseMonth(month, contractMonths) && !opens.isBefore(from) && !opens.isAfter(to)) {
						opened.add(new Opened(rs.getLong("id"), month, opens));
					}
				}
				return row;
			})
			.list();
		return opened.stream()
			.sorted(java.util.Comparator.comparing(Opened::opened).thenComparing(Opened::engagementId))
			.limit(limit)
			.toList();
	}

	/** Something wrong with an answer, at its field, with the message's key. */
	public record Problem(String field, String code) {
	}

	/**
	 * What is wrong with an answer for the month of a visible engagement, today: nothing
	 * when the list is empty. The month must be a pulse month that has opened; every
	 * statement needs a value from 1 to 5; the comment is plain text of at most
	 * {@value #MAX_COMMENT} characters; only a manager of one of the two sides answers.
	 */
	public List<Problem> check(Long engagementId, Integer month, Map<Statement, Integer> values, String comment,
			CurrentUser user) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		List<Problem> problems = new ArrayList<>();
		if (parties.sideOf(user.getOrganisationId()) == null) {
			problems.add(new Problem("month", "pulse.notAParty"));
		}
		else if (month == null
				|| !PulseRules.isOpen(parties.goLive(), month, parties.contractMonths(), LocalDate.now(this.clock))) {
			problems.add(new Problem("month", "pulse.month.notOpen"));
		}
		for (Statement statement : Statement.values()) {
			Integer value = values.get(statement);
			if (value == null) {
				problems.add(new Problem(statement.name(), "pulse.answer.missing"));
			}
			else if (value < Statement.LOWEST || value > Statement.HIGHEST) {
				problems.add(new Problem(statement.name(), "pulse.answer.range"));
			}
		}
		if (comment != null && comment.strip().length() > MAX_COMMENT) {
			problems.add(new Problem("comment", "pulse.comment.tooLong"));
		}
		else if (!PlainText.Check.isPlain(comment, true)) {
			problems.add(new Problem("comment", "PlainText"));
		}
		return problems;
	}

	/**
	 * Records the user's answer for the month (replacing an earlier one of theirs).
	 * @throws IllegalArgumentException when {@link #check} finds a problem
	 */
	@Transactional
	public void answer(Long engagementId, int month, Map<Statement, Integer> values, String comment, boolean internal,
			CurrentUser user) {
		List<Problem> problems = check(engagementId, month, values, comment, user);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException("Not an answer: " + problems);
		}
		Side side = this.engagements.parties(engagementId, user.access()).sideOf(user.getOrganisationId());
		// Two answers of one manager at the same moment: the second finds the first.
		this.locks.lock(engagementId);
		PulseAnswer answer = this.answers.findByEngagementIdAndMonthAndUsername(engagementId, month, user.getUsername())
			.orElseGet(() -> new PulseAnswer(engagementId, month, side, user.getUsername()));
		String kept = (comment == null || comment.isBlank()) ? null : comment.strip();
		answer.answer(values, kept, internal && kept != null, this.clock.instant());
		this.answers.saveAndFlush(answer);
		this.events.publishEvent(new PulseAnswered(engagementId, month, side));
	}

	/**
	 * What the pulse of a visible engagement is made of, read once for any number of
	 * dates (the agendas of its meetings).
	 */
	public Reading read(Long engagementId, Access access) {
		return new Reading(this.engagements.parties(engagementId, access),
				this.answers.findByEngagementIdOrderByMonthAscAnsweredAtAsc(engagementId));
	}

	/** The engagement and every answer of its pulse. */
	public static final class Reading {

		private final Parties parties;

		private final List<PulseAnswer> answers;

		Reading(Parties parties, List<PulseAnswer> answers) {
			this.parties = parties;
			this.answers = answers;
		}

	}

	/**
	 * The pulse of a visible engagement as a reader of the organisation sees it on the
	 * date: every pulse month that has opened with both sides' scores and how many
	 * answered, the findings, the months the reader may answer with the reader's own
	 * answers, and the comments meant for the reader's side (their own side's, and the
	 * other side's unless kept internal), each with its side only.
	 */
	public PulseView view(Long engagementId, Access access, Long readerOrganisationId, String username,
			LocalDate date) {
		return view(read(engagementId, access), this.kpis.kpis(engagementId, access), readerOrganisationId, username,
				date);
	}

	/** The same from what was read, with the engagement's KPIs. */
	public PulseView view(Reading reading, List<Kpi> kpis, Long readerOrganisationId, String username, LocalDate date) {
		Parties parties = reading.parties;
		Side reader = parties.sideOf(readerOrganisationId);
		List<PulseAnswer> all = reading.answers;
		Map<Integer, List<PulseAnswer>> byMonth = all.stream().collect(Collectors.groupingBy(PulseAnswer::getMonth));
		List<MonthScores> months = new ArrayList<>();
		for (int month : PulseRules.pulseMonths(parties.contractMonths())) {
			if (!PulseRules.isOpen(parties.goLive(), month, parties.contractMonths(), date)) {
				break;
			}
			List<PulseAnswer> answered = byMonth.getOrDefault(month, List.of());
			months.add(new MonthScores(month, PulseRules.opens(parties.goLive(), month), side(answered, Side.CLIENT),
					side(answered, Side.PARTNER)));
		}
		List<PulseRules.Scores> scores = months.stream()
			.map((m) -> new PulseRules.Scores(m.month(), m.client().score(), m.partner().score()))
			.toList();
		Integer latestBoth = scores.stream()
			.filter(PulseRules.Scores::fromBothSides)
			.map(PulseRules.Scores::month)
			.reduce((a, b) -> b)
			.orElse(null);
		Set<PulseFinding> findings = PulseRules.findings(scores, latestBoth != null && kpiBelowBand(kpis, latestBoth),
				parties.goLive(), date);
		Map<Integer, Map<Statement, Integer>> mine = new java.util.HashMap<>();
		List<Comment> comments = new ArrayList<>();
		for (PulseAnswer answer : all) {
			if (answer.getUsername().equals(username)) {
				mine.put(answer.getMonth(), answer.values());
			}
			if (answer.getComment() != null && reader != null && (answer.getSide() == reader || !answer.isInternal())) {
				comments
					.add(new Comment(answer.getMonth(), answer.getSide(), answer.getComment(), answer.isInternal()));
			}
		}
		java.util.Collections.reverse(comments);
		return new PulseView(reader, months, findings, mine, comments);
	}

	private static SideScore side(List<PulseAnswer> answered, Side side) {
		List<Map<Statement, Integer>> values = answered.stream()
			.filter((a) -> a.getSide() == side)
			.map(PulseAnswer::values)
			.toList();
		return new SideScore(PulseRules.score(values), values.size());
	}

	/** Whether some KPI's actual of the month is below the band expected then. */
	private static boolean kpiBelowBand(List<Kpi> kpis, int month) {
		return kpis.stream().anyMatch((kpi) -> {
			BigDecimal actual = kpi.getActuals().get(month);
			return actual != null
					&& ExpectedBand.judge(kpi.definition(), month, actual.doubleValue()) == Judgement.BELOW_EXPECTED;
		});
	}

	/** A side's score of a month ({@code null} without answers) and how many answered. */
	public record SideScore(BigDecimal score, int answers) {
	}

	/** A pulse month that has opened, with both sides' scores. */
	public record MonthScores(int month, LocalDate opened, SideScore client, SideScore partner) {

		public SideScore of(Side side) {
			return (side == Side.CLIENT) ? this.client : this.partner;
		}

	}

	/** A comment as its readers see it: with its side, never its writer. */
	public record Comment(int month, Side side, String text, boolean internal) {
	}

	/**
	 * The pulse as a reader sees it: the reader's side ({@code null} for anyone else),
	 * the months in order, the findings, the reader's own answers by month and the
	 * comments meant for the reader, newest first.
	 */
	public record PulseView(Side readerSide, List<MonthScores> months, Set<PulseFinding> findings,
			Map<Integer, Map<Statement, Integer>> mine, List<Comment> comments) {

		/** The months the reader may answer, newest first; none for anyone else. */
		public List<Integer> answerable() {
			if (this.readerSide == null) {
				return List.of();
			}
			return this.months.stream().map(MonthScores::month).sorted(java.util.Comparator.reverseOrder()).toList();
		}

		/**
		 * How a side's score moved from the month both sides answered before the latest:
		 * UP, DOWN or SAME (a change under a tenth is none); {@code null} without two
		 * such months.
		 */
		public String trend(Side side) {
			PulseRules.Latest latest = PulseRules.latest(scores());
			if (latest == null) {
				return null;
			}
			return (side == Side.CLIENT) ? latest.clientTrend() : latest.partnerTrend();
		}

		private List<PulseRules.Scores> scores() {
			return this.months.stream()
				.map((m) -> new PulseRules.Scores(m.month(), m.client().score(), m.partner().score()))
				.toList();
		}

		/** The latest month with answers from both sides, if any. */
		public MonthScores latest() {
			return this.months.stream()
				.filter((m) -> m.client().score() != null && m.partner().score() != null)
				.reduce((a, b) -> b)
				.orElse(null);
		}

		/** The months, newest first. */
		public List<MonthScores> newestFirst() {
			List<MonthScores> newest = new ArrayList<>(this.months);
			java.util.Collections.reverse(newest);
			return newest;
		}

		/** The chart of both sides' scores. */
		public PulseChart chart() {
			return PulseChart.of(this.months);
		}

		/** The reader's answer for the month, or none. */
		public Map<Statement, Integer> mineFor(int month) {
			return this.mine.getOrDefault(month, new EnumMap<>(Statement.class));
		}

	}

}
