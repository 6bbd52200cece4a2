package com.rolloutplanner.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.engagement.ServiceChannel;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.listing.ListingWriter;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;

/**
 * Fills an empty database for measuring ({@code scripts/benchmark.sh},
 * {@link GenerateData} and {@code ListingScaleTests}): started with
 * {@code --rollout.generate=N} (default 10,000), it writes N engagements across 20
 * organisations before the server answers, each with goals, four KPIs with the actuals of
 * the last twelve months, eight roadmap items, the gates and the terms annex signed as
 * far as the journey has come, and a year of history, spread over every phase and every
 * quick-win flag; then the listing and the demo logins. Written with JDBC batches, the
 * same data every time (a fixed seed, dated relative to today). Does nothing when the
 * database holds engagements or users.
 */
@ConditionalOnProperty("rollout.generate")
public class GeneratedData implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(GeneratedData.class);

	static final int DEFAULT_COUNT = 10_000;

	static final int MAX_COUNT = 1_000_000;

	private static final int BATCH = 5_000;

	private static final String ACTOR = "Generated data";

	/** The demo logins' password, as the demo data has it. */
	private static final String PASSWORD = "demo";

	static final List<String> CLIENTS = List.of("Aurora Energy", "Lumo Retail", "Pohjola Telecom", "Kide Insurance",
			"Saimaa Water", "Revontuli Travel", "Kaski Bank", "Tammi Health", "Lintu Logistics", "Vire Media");

	static final List<String> PARTNERS = List.of("Nordic Contact Partners", "Helmi Service", "Sisu Contact",
			"Kajo Customer Care", "Meri Service Centre", "Aalto Contact", "Kuura Care", "Selkä Service",
			"Halla Contact", "Routa Partners");

	private static final List<String> SERVICES = List.of("Customer service", "Chat support", "Billing back office",
			"Advice line", "Webshop chat", "Claims handling", "Technical support", "Sales line", "Email desk",
			"Social media care");

	private static final List<String> ITEMS = List.of("Process workshop with both teams",
			"Agents trained on the systems", "Quality calibration sessions", "Dip reported to the steering group",
			"Knowledge base handed over", "First quality review", "Efficiency target review",
			"Development roadmap for next year");

	private static final int[] ITEM_MONTHS = { -1, 0, 1, 2, 3, 5, 7, 10 };

	/**
	 * Managers of each generated organisation besides the demo logins, each with a
	 * confirmed address: 2,000 users across the 20 organisations, for the daily checks
	 * and the weekly digest.
	 */
	static final int USERS_PER_ORGANISATION = 100;

	private final String count;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Organisations organisations;

	private final Accounts accounts;

	private final ListingWriter listings;

	private final Clock clock;

	GeneratedData(@Value("${rollout.generate}") String count, JdbcTemplate jdbc, TransactionTemplate transactions,
			Organisations organisations, Accounts accounts, ListingWriter listings, Clock clock) {
		this.count = count;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.organisations = organisations;
		this.accounts = accounts;
		this.listings = listings;
		this.clock = clock;
	}

	/**
	 * The number asked for: empty means the default; anything but 1 to a million fails.
	 */
	static int count(String value) {
		if (value == null || value.isBlank()) {
			return DEFAULT_COUNT;
		}
		String digits = value.strip();
		if (digits.length() > 7 || !digits.chars().allMatch((c) -> c >= '0' && c <= '9') || Integer.parseInt(digits) < 1
				|| Integer.parseInt(digits) > MAX_COUNT) {
			throw new IllegalArgumentException(
					"rollout.generate takes a number of engagements from 1 to " + MAX_COUNT + ", not '" + value + "'");
		}
		return Integer.parseInt(digits);
	}

	@Override
	public void afterSingletonsInstantiated() {
		int n = count(this.count);
		Long existing = this.jdbc.queryForObject("select count(*) from engagement", Long.class);
		if ((existing != null && existing > 0) || this.accounts.any()) {
			log.info("The database is not empty: no data generated");
			return;
		}
		this.transactions.executeWithoutResult((status) -> logins());
		growTo(n);
	}

	/**
	 * Adds generated engagements after those generated before (each numbered, the n-th
	 * always the same) until there are n, then their listing.
	 */
	public void growTo(int n) {
		int from = this.jdbc.queryForObject("select count(*) from engagement", Integer.class) + 1;
		long started = System.nanoTime();
		this.transactions.executeWithoutResult((status) -> generate(from, n));
		long written = System.nanoTime();
		List<Long> ids = this.jdbc.queryForList("select id from engagement where id >= ? order by id", Long.class,
				from);
		this.listings.refresh(ids);
		// Fresh statistics, so that the planner knows the tables are no longer empty
		// (PostgreSQL otherwise scans whole tables until autovacuum has come by).
		this.jdbc.execute("analyze");
		log.info("Generated {} engagements in {} ms, their listing in {} ms", n - from + 1,
				(written - started) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
	}

	private void logins() {
		Organisation client = this.organisations.findOrAdd(CLIENTS.get(0));
		Organisation partner = this.organisations.findOrAdd(PARTNERS.get(0));
		this.accounts.createWithPassword("admin", "Ada Admin", partner, Role.ADMIN, PASSWORD);
		this.accounts.createWithPassword("client.manager", "Kaisa Client", client, Role.MANAGER, PASSWORD);
		this.accounts.createWithPassword("partner.manager", "Pekka Partner", partner, Role.MANAGER, PASSWORD);
		this.accounts.createWithPassword("other.client", "Olli Other", this.organisations.findOrAdd(CLIENTS.get(1)),
				Role.MANAGER, PASSWORD);
		// Their password is the demo logins' ("demo"), hashed once.
		String hash = this.jdbc.queryForObject("select password_hash from user_account where username = ?",
				String.class, "client.manager");
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> users = new ArrayList<>();
		for (String name : java.util.stream.Stream.concat(CLIENTS.stream(), PARTNERS.stream()).toList()) {
			Organisation organisation = this.organisations.findOrAdd(name);
			String domain = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-") + ".example";
			for (int u = 1; u <= USERS_PER_ORGANISATION; u++) {
				String username = String.format("user%03d@%s", u, domain);
				users.add(new Object[] { username, "Manager " + u + " of " + name, hash, organisation.getId(),
						Role.MANAGER.name(), now, username, (u % 2 == 0) ? "fi" : "en" });
			}
		}
		this.jdbc.batchUpdate("insert into user_account (username, display_name, password_hash, organisation_id, "
				+ "role, active, must_change_password, created_at, email, language, time_zone) "
				+ "values (?, ?, ?, ?, ?, true, false, ?, ?, ?, 'Europe/Helsinki')", users);
	}

	private void generate(int from, int n) {
		LocalDate today = LocalDate.now(this.clock);
		List<Organisation> clients = CLIENTS.stream().map(this.organisations::findOrAdd).toList();
		List<Organisation> partners = PARTNERS.stream().map(this.organisations::findOrAdd).toList();
		Rows rows = new Rows();
		long kpiId = this.jdbc.queryForObject("select coalesce(max(id), 0) from kpi", Long.class);
		for (int i = from; i <= n; i++) {
			// Each engagement from a seed of its own: the same whichever size it was made
			// in.
			kpiId = engagement(i, today, new Random(new SplittableRandom(i).nextLong() ^ 42),
					clients.get(i % clients.size()), partners.get((i / clients.size()) % partners.size()), kpiId, rows);
			if (rows.size() >= BATCH) {
				rows.write(this.jdbc);
			}
		}
		rows.write(this.jdbc);
		this.jdbc.execute("alter table engagement alter column id restart with " + (n + 1));
		this.jdbc.execute("alter table kpi alter column id restart with " + (kpiId + 1));
		this.jdbc.execute("alter table business_case alter column id restart with " + (n + 1));
	}

	/** One engagement and everything it has; returns the last KPI id used. */
	private long engagement(long id, LocalDate today, Random random, Organisation client, Organisation partner,
			long kpiId, Rows rows) {
		LocalDate goLive = today.minusDays(920).plusDays(random.nextInt(1100));
		boolean pilot = random.nextInt(100) < 8;
		ContractModel model = pilot ? ContractModel.PILOT
				: random.nextBoolean() ? ContractModel.PARTNERSHIP : ContractModel.FIXED_TERM;
		int months = pilot ? 3 + random.nextInt(4) : new int[] { 12, 24, 36, 48 }[random.nextInt(4)];
		Integer hours = (random.nextInt(100) < 10) ? null : Integer.valueOf(80 + random.nextInt(320));
		Long budget = (hours == null) ? null : 5_000L + random.nextInt(30) * 1_000L;
		Integer payback = (random.nextInt(100) < 15) ? Integer.valueOf(2 + random.nextInt(4))
				: (random.nextInt(100) < 10) ? null : 9 + random.nextInt(10);
		String plan = (random.nextInt(100) < 85)
				? "Fortnightly calibration sessions; the dip is reported openly in the steering group." : null;
		String description = (random.nextInt(100) < 5) ? "We expect quick wins and immediate savings from day one."
				: "Customer service outsourced to " + partner.getName() + " in stages.";
		ServiceChannel channel = ServiceChannel.values()[random.nextInt(ServiceChannel.values().length)];
		Timestamp created = Timestamp.from(goLive.minusDays(60).atStartOfDay().toInstant(ZoneOffset.UTC));
		String name = SERVICES.get(random.nextInt(SERVICES.size())) + " " + String.format("%05d", id);
		rows.engagements.add(new Object[] { id, 0L, name, client.getId(), partner.getId(), channel.name(), goLive,
				model.name(), months, hours, budget, payback, plan, description, created, created });
		int goals = 1 + random.nextInt(3);
		for (int g = 0; g < goals; g++) {
			GoalType type = GoalType.values()[(int) ((id + g) % GoalType.values().length)];
			int month = (random.nextInt(100) < 10) ? 2 + random.nextInt(3) : 6 + random.nextInt(7);
			rows.goals.add(new Object[] { id, type.name(), month, null });
		}
		boolean troubled = random.nextInt(100) < 10;
		int completed = completedMonths(goLive, today);
		long nextKpi = kpiId;
		for (Kpi kpi : Kpi.values()) {
			nextKpi++;
			rows.kpis.add(new Object[] { nextKpi, 0L, id, kpi.label, kpi.label.toLowerCase(), kpi.unit, kpi.kind,
					kpi.direction, kpi.baseline, kpi.target, 9, BigDecimal.TEN });
			for (int month = Math.max(1, completed - 11); month <= completed; month++) {
				rows.actuals.add(new Object[] { nextKpi, month, kpi.actual(month, troubled, random) });
			}
		}
		for (int k = 0; k < ITEMS.size(); k++) {
			LocalDate due = goLive.plusMonths(ITEM_MONTHS[k]).plusDays(random.nextInt(20));
			String status = !due.isBefore(today) ? ((random.nextInt(3) == 0) ? "IN_PROGRESS" : "PLANNED")
					: (random.nextInt(100) < 88) ? "DONE" : "IN_PROGRESS";
			rows.items.add(new Object[] { 0L, id, ITEMS.get(k), null, due,
					new String[] { "CLIENT", "PARTNER", "JOINT" }[k % 3], status,
					ITEM_MONTHS[k] >= 0 && ITEM_MONTHS[k] <= 3, created });
		}
		if (!goLive.minusDays(14).isAfter(today) && random.nextInt(100) < 95) {
			Timestamp signed = Timestamp.from(goLive.minusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC));
			// The first version of the terms annex, signed by both, with a fingerprint of
			// no terms: a change to a generated engagement outdates it, and the start-up
			// has nothing to adopt.
			rows.charter.add(new Object[] { id, signed, "Kaisa Client (" + client.getName() + ")", signed,
					"Pekka Partner (" + partner.getName() + ")", signed });
		}
		for (GateType type : GateType.values()) {
			LocalDate due = type.dueDate(goLive);
			if (due.isBefore(today)) {
				int chance = random.nextInt(100);
				Timestamp at = Timestamp.from(due.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC));
				boolean clientSigned = chance < 95 && !troubled;
				boolean partnerSigned = chance < 97;
				rows.gates.add(new Object[] { 0L, id, type.name(), clientSigned ? "Kaisa Client" : null,
						clientSigned ? at : null, partnerSigned ? "Pekka Partner" : null, partnerSigned ? at : null });
			}
		}
		businessCase(id, random, troubled, completed, rows);
		rows.history.add(new Object[] { id, name, created, ACTOR, "history.entry.engagementCreated",
				"[{\"kind\":\"TEXT\",\"value\":\"" + name + "\"}]" });
		for (int month = Math.max(1, completed - 11); month <= completed; month++) {
			Timestamp at = Timestamp
				.from(goLive.plusMonths(month).plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC));
			rows.history.add(new Object[] { id, name, at, ACTOR, "history.entry.kpiImported",
					"[{\"kind\":\"NUMBER\",\"value\":\"" + Kpi.values().length + "\"}]" });
		}
		return nextKpi;
	}

	/**
	 * Seven in ten engagements have a business case (its id the engagement's): a dip in
	 * start-up, back in learning, savings from established production on; one in ten of
	 * them a quick-win case (cheaper from month 1, onboarding hours valued at nothing).
	 * The actual costs of the last twelve completed months follow the plan, a troubled
	 * journey's stay above it.
	 */
	private static void businessCase(long id, Random random, boolean troubled, int completed, Rows rows) {
		if (random.nextInt(100) >= 70) {
			return;
		}
		boolean quickWin = random.nextInt(100) < 10;
		double baseline = 50_000 + random.nextInt(26) * 10_000;
		double startUp = baseline * (quickWin ? 0.9 : 1.05 + random.nextInt(11) / 100.0);
		double learning = baseline * (quickWin ? 0.9 : 0.95 + random.nextInt(6) / 100.0);
		double established = baseline * (quickWin ? 0.9 : 0.8 + random.nextInt(11) / 100.0);
		double continuous = established * 0.98;
		rows.businessCases.add(new Object[] { id, 0L, id, "EUR", money(baseline), "PER_PHASE", money(startUp),
				money(learning), money(established), money(continuous), money(0), money(quickWin ? 0 : 60), money(0) });
		double[] costs = { startUp, learning, established, continuous };
		for (int month = Math.max(1, completed - 11); month <= Math.min(completed, 240); month++) {
			double planned = costs[Math.min(3, (month - 1) / 3)];
			double factor = troubled ? 1.08 : 1 + (random.nextInt(3) - 1) / 100.0;
			rows.costActuals.add(new Object[] { id, month, money(planned * factor), money(0) });
		}
	}

	private static BigDecimal money(double amount) {
		return BigDecimal.valueOf(Math.round(amount)).setScale(2);
	}

	/** Whole months of the journey completed today, as the phase calendar counts them. */
	static int completedMonths(LocalDate goLive, LocalDate today) {
		Placement placement = PhaseCalendar.place(goLive, today);
		return placement.isLive() ? placement.monthOfJourney() - 1 : 0;
	}

	/** The four KPIs of every generated engagement and how their actuals go. */
	private enum Kpi {

		SATISFACTION("Customer satisfaction", "%", "QUALITY", "HIGHER_IS_BETTER", 80, 85),

		RESOLUTION("First contact resolution", "%", "QUALITY", "HIGHER_IS_BETTER", 70, 75),

		HANDLING("Average handling time", "s", "EFFICIENCY", "LOWER_IS_BETTER", 300, 270),

		COST("Cost per contact", "EUR", "EFFICIENCY", "LOWER_IS_BETTER", 5, 4.2);

		final String label;

		final String unit;

		final String kind;

		final String direction;

		final BigDecimal baseline;

		final BigDecimal target;

		Kpi(String label, String unit, String kind, String direction, double baseline, double target) {
			this.label = label;
			this.unit = unit;
			this.kind = kind;
			this.direction = direction;
			this.baseline = BigDecimal.valueOf(baseline);
			this.target = BigDecimal.valueOf(target);
		}

		/**
		 * The start-up dip, the return to the old level while learning, the way to the
		 * target after; a troubled journey stays in the dip. A little noise on top.
		 */
		BigDecimal actual(int month, boolean troubled, Random random) {
			double base = this.baseline.doubleValue();
			double gain = this.target.doubleValue() - base;
			double dip = -Math.signum(gain) * base * 0.06;
			double value;
			if (troubled || month <= 3) {
				value = base + dip;
			}
			else if (month <= 6) {
				value = base + dip * (6 - month) / 3.0;
			}
			else if (month <= 9) {
				value = base + gain * (month - 6) / 3.0;
			}
			else {
				value = base + gain;
			}
			value += base * 0.01 * (random.nextDouble() - 0.5);
			return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
		}

	}

	/** Rows waiting for their batch. */
	private static final class Rows {

		final List<Object[]> engagements = new ArrayList<>();

		final List<Object[]> goals = new ArrayList<>();

		final List<Object[]> kpis = new ArrayList<>();

		final List<Object[]> actuals = new ArrayList<>();

		final List<Object[]> items = new ArrayList<>();

		final List<Object[]> charter = new ArrayList<>();

		final List<Object[]> gates = new ArrayList<>();

		final List<Object[]> history = new ArrayList<>();

		final List<Object[]> businessCases = new ArrayList<>();

		final List<Object[]> costActuals = new ArrayList<>();

		int size() {
			return this.engagements.size();
		}

		void write(JdbcTemplate jdbc) {
			batch(jdbc, "insert into engagement (id, version, name, client_organisation_id, partner_organisation_id, "
					+ "channels, go_live_date, contract_model, contract_months, onboarding_hours, onboarding_budget_eur, "
					+ "expected_payback_month, learning_plan, description, created_at, updated_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", this.engagements);
			batch(jdbc, "insert into engagement_goal (engagement_id, goal_type, target_month, description) "
					+ "values (?, ?, ?, ?)", this.goals);
			batch(jdbc,
					"insert into kpi (id, version, engagement_id, name, name_key, unit, kind, direction, baseline, "
							+ "target, target_month, allowed_dip_percent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					this.kpis);
			batch(jdbc, "insert into kpi_actual (kpi_id, journey_month, actual_value) values (?, ?, ?)", this.actuals);
			batch(jdbc, "insert into roadmap_item (version, engagement_id, title, description, due_date, owner_side, "
					+ "status, addresses_dip, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", this.items);
			batch(jdbc,
					"insert into terms_annex_version (engagement_id, number, content_hash, latest, outdated, "
							+ "created_at, client_signed_by, client_signed_at, partner_signed_by, partner_signed_at) "
							+ "values (?, 1, 'generated', true, false, ?, ?, ?, ?, ?)",
					this.charter);
			batch(jdbc, "insert into gate (version, engagement_id, gate_type, client_signed_by, client_signed_at, "
					+ "partner_signed_by, partner_signed_at) values (?, ?, ?, ?, ?, ?, ?)", this.gates);
			batch(jdbc, "insert into history_entry (engagement_id, engagement_name, occurred_at, actor, message_key, "
					+ "arguments, marked) values (?, ?, ?, ?, ?, ?, false)", this.history);
			batch(jdbc,
					"insert into business_case (id, version, engagement_id, currency, baseline_monthly_cost, "
							+ "cost_model, cost_start_up, cost_learning, cost_established, cost_continuous, "
							+ "planned_monthly_benefit, hourly_rate, transition_costs) "
							+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					this.businessCases);
			batch(jdbc, "insert into business_case_actual (business_case_id, journey_month, cost, benefit) "
					+ "values (?, ?, ?, ?)", this.costActuals);
		}

		private static void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
			if (!rows.isEmpty()) {
				jdbc.batchUpdate(sql, rows);
				rows.clear();
			}
		}

	}

}
