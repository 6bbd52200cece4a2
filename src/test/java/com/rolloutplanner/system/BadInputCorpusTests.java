package com.rolloutplanner.system;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A corpus of bad input sent to every field of every form and API endpoint, one field at
 * a time from an otherwise valid request: nothing answers 5xx; what is refused is refused
 * with a message (a field error on the page, problem details on the API) and leaves every
 * table as it was; what is accepted is shown escaped.
 */
@RolloutIntegrationTest
class BadInputCorpusTests {

	static final Map<String, String> CORPUS = corpus();

	static final List<String> TABLES = List.of("organisation", "engagement", "engagement_goal", "user_account",
			"roadmap_item", "kpi", "kpi_actual", "gate", "share_link", "flag_acknowledgement", "history_entry",
			"notification_preference", "pulse_answer", "engagement_issue", "response_time", "engagement_risk",
			"change_request", "invitation", "identity_provider", "webhook");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	@Autowired
	Kpis kpis;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Autowired
	com.rolloutplanner.onboarding.Invitations invitations;

	@Autowired
	com.rolloutplanner.onboarding.PasswordResets passwordResets;

	@Autowired
	com.rolloutplanner.account.Contacts contacts;

	CurrentUser manager;

	UserDetails admin;

	Organisation client;

	Organisation partner;

	Long id;

	Long kpiId;

	final Map<String, int[]> tally = new TreeMap<>();

	/**
	 * The dump after the last request that was compared (what the next one starts from).
	 */
	Map<String, List<String>> dumped;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(this.accounts, this.organisations, "corpus.client", "Cora Corpus", "Corpus Client",
				Role.MANAGER);
		TestUsers.ensure(this.accounts, this.organisations, "corpus.admin", "Ari Admin", "Corpus Client", Role.ADMIN);
		this.manager = (CurrentUser) this.users.loadUserByUsername("corpus.client");
		this.admin = this.users.loadUserByUsername("corpus.admin");
		this.client = this.organisations.findOrAdd("Corpus Client");
		this.partner = this.organisations.findOrAdd("Corpus Partner");
		this.id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Corpus engagement")
				.between(this.client, this.partner)
				.goLive(LocalDate.of(2026, 10, 1))
				.terms(), "Test")
			.getId();
		this.kpiId = this.kpis
			.add(this.id,
					new Kpi.Settings("Corpus KPI", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
							BigDecimal.valueOf(80), BigDecimal.valueOf(85), 9, BigDecimal.TEN),
					this.manager)
			.getId();
	}

	@Test
	void noBadInputBreaksTheServerOrChangesWhatItRefuses() {
		String e = "/engagements/" + this.id;
		// Organisations first: the engagement form may add organisations of the same
		// names.
		form("organisation", "/admin/organisations", this.admin, Map.of("name", "Corpus Org"));
		form("user", "/admin/users", this.admin, Map.of("username", "corpus.user", "displayName", "Cay User", "email",
				"cay.user@example.com", "organisationId", id(this.client), "role", "MANAGER"));
		Map<String, String> mail = new LinkedHashMap<>(Map.of("email", "corpus@example.com", "language", "fi",
				"timeZone", "Europe/Helsinki", "delivery.WEEKLY_DIGEST", "OFF"));
		for (String kind : List.of("SIGN_OFF_WAITING", "ACTION_ASSIGNED", "OVERDUE", "AGENDA_READY", "MINUTES_APPROVED",
				"KPI_BELOW_BAND", "CRITICAL_FLAG", "SHARE_LINK_OPENED")) {
			mail.put("delivery." + kind, "DIGEST");
		}
		form("mail settings", "/account/notifications", this.manager, mail);
		query("unsubscribe", "/unsubscribe", Map.of("token", "1.OVERDUE." + "A".repeat(43)));
		query("portfolio", "/portfolio", Map.of("phase", "START_UP", "flags", "critical", "due", "overdue", "payback",
				"ON_PLAN", "sort", "payback", "group", "client", "page", "2", "asOf", "2026-06-01"));
		query("portfolio export", "/portfolio.xlsx", Map.of("sort", "kpis", "group", "partner", "asOf", "2026-06-01"));
		query("month in every journey", "/portfolio/month/3", Map.of("page", "2", "asOf", "2026-06-01"));
		query("month picker", "/portfolio/month", Map.of("n", "4", "asOf", "2026-06-01"));
		form("engagement form", "/engagements/new", this.manager,
				Map.ofEntries(Map.entry("name", "Corpus form"), Map.entry("clientOrganisationId", id(this.client)),
						Map.entry("partnerOrganisationId", id(this.partner)), Map.entry("goLiveDate", "2026-10-01"),
						Map.entry("contractModel", "PARTNERSHIP"), Map.entry("contractMonths", "24"),
						Map.entry("onboardingHours", "100"), Map.entry("onboardingBudgetEur", "5000"),
						Map.entry("expectedPaybackMonth", "9"), Map.entry("learningPlan", "Weekly reviews"),
						Map.entry("description", "A journey"), Map.entry("newPartnerOrganisation", ""),
						Map.entry("goals[0].type", "CUSTOMER_EXPERIENCE"), Map.entry("goals[0].selected", "true"),
						Map.entry("goals[0].targetMonth", "9"), Map.entry("goals[0].description", "NPS"),
						Map.entry("service", "E-mail care")));
		// The checks of typed terms store nothing, whatever is typed.
		form("terms check", "/engagements/preview?engagement=" + this.id, this.manager,
				Map.ofEntries(Map.entry("goLiveDate", "2026-10-01"), Map.entry("contractModel", "PARTNERSHIP"),
						Map.entry("contractMonths", "24"), Map.entry("onboardingHours", "100"),
						Map.entry("onboardingBudgetEur", "5000"), Map.entry("expectedPaybackMonth", "9"),
						Map.entry("learningPlan", "Weekly reviews"), Map.entry("goals[0].type", "CUSTOMER_EXPERIENCE"),
						Map.entry("goals[0].selected", "true"), Map.entry("goals[0].targetMonth", "9")));
		form("roadmap item", e + "/roadmap", this.manager, Map.of("title", "Review", "dueDate", "2026-12-01",
				"ownerSide", "JOINT", "status", "PLANNED", "description", "Monthly"));
		form("roadmap undo", e + "/roadmap/restore", this.manager, Map.of("title", "Review", "dueDate", "2026-12-01",
				"ownerSide", "JOINT", "status", "DONE", "description", "Monthly", "textKey", "starter.workshop"));
		form("KPI", e + "/kpis", this.manager,
				Map.of("name", "Handling", "unit", "s", "kind", "EFFICIENCY", "direction", "LOWER_IS_BETTER",
						"baseline", "300", "target", "270", "targetMonth", "9", "allowedDipPercent", "20"));
		form("KPI actual", e + "/kpis/" + this.kpiId + "/actuals", this.manager, Map.of("month", "2", "value", "81"));
		form("CSV import", e + "/kpis/import", this.manager, Map.of("csv", "kpi,month,value\nCorpus KPI,3,82\n"));
		form("service level", e + "/kpis/" + this.kpiId + "/service-level", this.manager,
				Map.of("steps[0].fromMonth", "4", "steps[0].target", "80", "steps[1].fromMonth", "7", "steps[1].target",
						"90", "creditPercent", "5", "earnBackMonths", "2"));
		form("credit cap", e + "/service-credits/cap", this.manager, Map.of("capPercent", "10"));
		form("cooperation pulse", e + "/cooperation", this.manager,
				Map.of("month", "1", "trust", "4", "earlyProblems", "3", "commitmentsKept", "4", "communication", "3",
						"worthIt", "4", "comment", "Calibration helps", "internal", "false"));
		form("issue", e + "/issues", this.manager, Map.of("title", "Queue unanswered", "severity", "HIGH", "ownerSide",
				"PARTNER", "description", "Since Monday"));
		form("response times", e + "/response-times", this.manager,
				Map.of("critical", "4", "high", "1", "medium", "3", "low", "10"));
		form("risk", e + "/risks", this.manager, Map.of("title", "Agents leave", "likelihood", "3", "impact", "4",
				"ownerSide", "PARTNER", "reviewDate", "2026-12-15", "mitigation", "Buddies"));
		form("change request", e + "/changes", this.manager, Map.of("area", "VOLUME", "title", "More e-mail",
				"description", "Ten per cent", "costEffect", "Some", "timeEffect", "Soon", "kpiEffect", "None"));
		form("share link", e + "/share", this.manager,
				Map.of("label", "Board", "expiresOn", "2027-01-31", "hideAmounts", "true"));
		form("business case", e + "/business-case", this.manager,
				Map.ofEntries(Map.entry("costModel", "PER_PHASE"), Map.entry("currency", "EUR"),
						Map.entry("baselineMonthlyCost", "100000"), Map.entry("monthlyContacts", "8000"),
						Map.entry("costStartUp", "110000"), Map.entry("costLearning", "90000"),
						Map.entry("costEstablished", "70000"), Map.entry("costContinuous", "70000"),
						Map.entry("steadyFee", ""), Map.entry("startUpSurcharge", ""),
						Map.entry("plannedMonthlyBenefit", "0"), Map.entry("hourlyRate", "60"),
						Map.entry("transitionCosts", "0")));
		form("business case check", e + "/business-case/preview", this.manager,
				Map.ofEntries(Map.entry("costModel", "PER_PHASE"), Map.entry("currency", "EUR"),
						Map.entry("baselineMonthlyCost", "100000"), Map.entry("costStartUp", "110000"),
						Map.entry("costLearning", "90000"), Map.entry("costEstablished", "70000"),
						Map.entry("costContinuous", "70000"), Map.entry("plannedMonthlyBenefit", "0"),
						Map.entry("hourlyRate", "60")));
		form("cost actual", e + "/business-case/actuals", this.manager,
				Map.of("month", "2", "cost", "110000", "benefit", "0"));
		form("cost CSV import", e + "/business-case/import", this.manager,
				Map.of("csv", "month,cost,benefit\n3,108000,0\n"));
		form("gate criteria", e + "/gates/GO_LIVE/criteria", this.manager, Map.of("criteria", "Team trained"));
		form("flag acknowledgement", e + "/flags/acknowledge", this.manager,
				Map.of("code", "NO_LEARNING_PLAN", "finding", "none", "reason", "Agreed"));
		form("invitation", "/invitations", this.manager,
				Map.of("email", "corpus.invitee@example.com", "role", "MANAGER", "language", "en"));
		form("forgotten password", "/password/forgot", this.manager, Map.of("email", "corpus.client@example.com"));
		this.invitations.invite("corpus.joiner@example.com", null, Role.MANAGER, "en", this.manager);
		String invitation = this.jdbc
			.sql("select html_body from mail_outbox where recipient = 'corpus.joiner@example.com' order by id desc")
			.query(String.class)
			.list()
			.get(0);
		this.dumped = null;
		form("invitation accepted", "/invitation", this.manager,
				Map.of("token", token(invitation), "username", "corpus.joiner", "displayName", "Jori Joiner",
						"password", "a long corpus password", "confirmPassword", "a long corpus password"));
		this.contacts.changeContact(this.manager.getId(),
				new com.rolloutplanner.account.Contacts.Contact("corpus.client@example.com", "en", "Europe/Helsinki"));
		this.passwordResets.request("corpus.client@example.com", "corpus");
		String reset = this.jdbc
			.sql("select html_body from mail_outbox where recipient = 'corpus.client@example.com' "
					+ "and kind = 'PASSWORD_RESET' order by id desc")
			.query(String.class)
			.list()
			.get(0);
		this.dumped = null;
		form("new password", "/password/reset", this.manager, Map.of("token", token(reset), "password",
				"a long corpus password", "confirmPassword", "a long corpus password"));
		form("identity provider", "/admin/organisations/" + this.partner.getId() + "/provider", this.admin,
				Map.of("issuer", "https://127.0.0.1:9/corpus", "clientId", "corpus-client", "clientSecret",
						"corpus secret", "domains", "corpus-partner.example", "passwordSignIn", "true"));
		query("provider sign-in", "/login/provider", Map.of("email", "someone@corpus-partner.example"));
		form("webhook", "/webhooks", this.manager, Map.of("url", "http://127.0.0.1:9/corpus", "format", "JSON",
				"events", "ISSUE_RAISED", "language", "en"));
		json("API engagement", "/api/engagements",
				Map.of("name", "\"Corpus API\"", "clientOrganisationId", id(this.client), "partnerOrganisationId",
						id(this.partner), "goLiveDate", "\"2026-10-01\"", "contractModel", "\"PARTNERSHIP\"",
						"contractMonths", "24", "onboardingHours", "100", "expectedPaybackMonth", "9", "learningPlan",
						"\"Weekly\"", "description", "\"A journey\""));
		json("API terms check", "/api/engagements/preview",
				Map.of("engagementId", this.id.toString(), "goLiveDate", "\"2026-10-01\"", "contractModel",
						"\"PARTNERSHIP\"", "contractMonths", "24", "onboardingHours", "100", "expectedPaybackMonth",
						"9", "learningPlan", "\"Weekly\""));
		json("API pulse", "/api/engagements/" + this.id + "/pulse",
				Map.of("month", "1", "answers",
						"{\"TRUST\": 4, \"EARLY_PROBLEMS\": 3, \"COMMITMENTS_KEPT\": 4, \"COMMUNICATION\": 3, "
								+ "\"WORTH_IT\": 4}",
						"comment", "\"Calibration helps\"", "internal", "false"));
		json("API issue", "/api/engagements/" + this.id + "/issues", Map.of("title", "\"Queue unanswered\"", "severity",
				"\"HIGH\"", "ownerSide", "\"PARTNER\"", "description", "\"Since Monday\""));
		json("API risk", "/api/engagements/" + this.id + "/risks",
				Map.of("title", "\"Agents leave\"", "likelihood", "3", "impact", "4", "ownerSide", "\"PARTNER\"",
						"reviewDate", "\"2026-12-15\"", "mitigation", "\"Buddies\""));
		json("API change request", "/api/engagements/" + this.id + "/changes",
				Map.of("area", "\"VOLUME\"", "title", "\"More e-mail\"", "kpiEffect", "\"None\""));
		json("API actual", "/api/engagements/" + this.id + "/kpis/" + this.kpiId + "/actuals",
				Map.of("month", "4", "value", "83"));
		json("API KPI", "/api/engagements/" + this.id + "/kpis",
				Map.of("name", "\"Corpus API KPI\"", "unit", "\"%\"", "kind", "\"QUALITY\"", "direction",
						"\"HIGHER_IS_BETTER\"", "baseline", "80", "target", "85", "targetMonth", "9",
						"allowedDipPercent", "10"));
		json("API cost actual", "/api/engagements/" + this.id + "/business-case/actuals",
				Map.of("month", "4", "cost", "95000", "benefit", "0"));
		query("API list", "/api/engagements",
				Map.of("asOf", "2026-11-27", "phase", "START_UP", "payback", "NO_ACTUALS"));
		query("API engagement", "/api/engagements/" + this.id, Map.of("asOf", "2026-11-27"));
		query("dashboard", "/", Map.of("asOf", "2026-11-27", "phase", "START_UP", "sort", "kpis", "dir", "desc",
				"flags", "critical", "due", "overdue", "page", "2", "payback", "ON_PLAN"));

		int inputs = this.tally.values().stream().mapToInt((t) -> t[0] + t[1]).sum();
		System.out.printf("Bad-input corpus: %d inputs across %d endpoints, none answered 5xx%n", inputs,
				this.tally.size());
		this.tally.forEach((endpoint, t) -> System.out.printf("  %-22s %4d inputs: %3d refused, %3d accepted%n",
				endpoint, t[0] + t[1], t[0], t[1]));
		assertThat(inputs).isGreaterThan(800);
		assertThat(this.mvc.get().uri("/").with(user(this.manager))).bodyText()
			.doesNotContain("<script>alert(1)</script>");
	}

	/** Each field of a form, in turn, gets each corpus value. */
	private void form(String endpoint, String uri, UserDetails who, Map<String, String> valid) {
		for (String field : valid.keySet()) {
			CORPUS.forEach((kind, value) -> {
				Map<String, List<String>> before = dumped();
				MockMvcRequestBuilder request = this.mvc.post().uri(uri).with(csrf()).with(user(who));
				for (Map.Entry<String, String> entry : valid.entrySet()) {
					request = request.param(entry.getKey(), entry.getKey().equals(field) ? value : entry.getValue());
				}
				MvcTestResult result = request.exchange();
				int status = result.getResponse().getStatus();
				assertThat(status).as("%s %s=%s", endpoint, field, kind).isLessThan(500);
				boolean accepted = status >= 300 && status < 400 && !redirectsToAnError(result);
				Map<String, List<String>> after = dump();
				if (!accepted) {
					assertThat(after).as("%s %s=%s changed nothing", endpoint, field, kind).isEqualTo(before);
				}
				this.dumped = after;
				count(endpoint, accepted);
			});
		}
	}

	/**
	 * Each field of a JSON body, in turn, gets each corpus value (as a string and raw).
	 */
	private void json(String endpoint, String uri, Map<String, String> valid) {
		for (String field : valid.keySet()) {
			CORPUS.forEach((kind, value) -> {
				for (Function<String, String> shape : List.<Function<String, String>>of(BadInputCorpusTests::quoted,
						(v) -> v.isBlank() ? "null" : v.replace("\u0000", ""))) {
					Map<String, List<String>> before = dumped();
					StringBuilder body = new StringBuilder("{");
					valid.forEach((key, json) -> body.append(body.length() > 1 ? "," : "")
						.append('"')
						.append(key)
						.append("\":")
						.append(key.equals(field) ? shape.apply(value) : json));
					MvcTestResult result = this.mvc.post()
						.uri(uri)
						.with(httpBasic("corpus.client", TestUsers.PASSWORD))
						.contentType(MediaType.APPLICATION_JSON)
						.content(body.append('}').toString())
						.exchange();
					int status = result.getResponse().getStatus();
					assertThat(status).as("%s %s=%s", endpoint, field, kind).isLessThan(500);
					boolean accepted = status < 300;
					Map<String, List<String>> after = dump();
					if (!accepted) {
						assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
						assertThat(after).as("%s %s=%s changed nothing", endpoint, field, kind).isEqualTo(before);
					}
					this.dumped = after;
					count(endpoint, accepted);
				}
			});
		}
	}

	/** Each query parameter, in turn, gets each corpus value. */
	private void query(String endpoint, String uri, Map<String, String> valid) {
		this.dumped = null;
		boolean api = uri.startsWith("/api/");
		for (String field : valid.keySet()) {
			CORPUS.forEach((kind, value) -> {
				var request = this.mvc.get().uri(uri).param(field, value);
				request = api ? request.with(httpBasic("corpus.client", TestUsers.PASSWORD))
						: request.with(user(this.manager));
				int status = request.exchange().getResponse().getStatus();
				assertThat(status).as("%s %s=%s", endpoint, field, kind).isLessThan(500);
				count(endpoint, status < 300);
			});
		}
	}

	private static boolean redirectsToAnError(MvcTestResult result) {
		var flash = result.getMvcResult().getFlashMap();
		return flash.containsKey("ackFailure") || flash.containsKey("importProblems")
				|| "roadmap.restoreFailed".equals(flash.get("flashMessage"));
	}

	private static String token(String mail) {
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(mail);
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	private void count(String endpoint, boolean accepted) {
		this.tally.computeIfAbsent(endpoint, (key) -> new int[2])[accepted ? 1 : 0]++;
	}

	private Map<String, List<String>> dumped() {
		return (this.dumped != null) ? this.dumped : dump();
	}

	/**
	 * A dump to compare: of every table the product writes, how many rows it has and, in
	 * a stable order, every row of the corpus's own organisations and engagements (the
	 * database is shared with the other tests; a refused input that added or removed a
	 * row anywhere changes a count, one that changed a row of the corpus changes the
	 * rows).
	 */
	private Map<String, List<String>> dump() {
		List<Long> world = List.of(this.client.getId(), this.partner.getId());
		List<Long> engagements = ids("select id from engagement where client_organisation_id in (:ids) "
				+ "or partner_organisation_id in (:ids)", world);
		List<Long> kpis = ids("select id from kpi where engagement_id in (:ids)", engagements);
		List<Long> users = ids("select id from user_account where organisation_id in (:ids)", world);
		Map<String, String> scopes = new LinkedHashMap<>();
		Map<String, List<Long>> scopeIds = new LinkedHashMap<>();
		scopes.put("organisation", "id");
		scopeIds.put("organisation", world);
		scopes.put("engagement", "id");
		scopeIds.put("engagement", engagements);
		for (String table : List.of("engagement_goal", "roadmap_item", "kpi", "gate", "share_link",
				"flag_acknowledgement", "history_entry", "pulse_answer", "engagement_issue", "response_time",
				"engagement_risk", "change_request")) {
			scopes.put(table, "engagement_id");
			scopeIds.put(table, engagements);
		}
		scopes.put("kpi_actual", "kpi_id");
		scopeIds.put("kpi_actual", kpis);
		scopes.put("user_account", "organisation_id");
		scopeIds.put("user_account", world);
		scopes.put("invitation", "organisation_id");
		scopeIds.put("invitation", world);
		scopes.put("identity_provider", "organisation_id");
		scopeIds.put("identity_provider", world);
		scopes.put("webhook", "organisation_id");
		scopeIds.put("webhook", world);
		scopes.put("notification_preference", "user_account_id");
		scopeIds.put("notification_preference", users);
		assertThat(scopes.keySet()).containsExactlyInAnyOrderElementsOf(TABLES);
		Map<String, List<String>> dump = new LinkedHashMap<>();
		for (Map.Entry<String, String> scope : scopes.entrySet()) {
			List<String> rows = new ArrayList<>();
			rows.add("rows: " + this.jdbc.sql("select count(*) from " + scope.getKey()).query(Long.class).single());
			this.jdbc.sql("select * from " + scope.getKey() + " where " + scope.getValue() + " in (:ids)")
				.param("ids", orNone(scopeIds.get(scope.getKey())))
				.query()
				.listOfRows()
				.stream()
				.map((row) -> new TreeMap<>(row).toString())
				.sorted()
				.forEach(rows::add);
			dump.put(scope.getKey(), rows);
		}
		return dump;
	}

	private List<Long> ids(String sql, List<Long> ids) {
		return this.jdbc.sql(sql).param("ids", orNone(ids)).query(Long.class).list();
	}

	/** The ids, or one that no row has (SQL has no empty {@code in ()}). */
	private static List<Long> orNone(List<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	private static String quoted(String value) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	private static String id(Organisation organisation) {
		return organisation.getId().toString();
	}

	private static Map<String, String> corpus() {
		Map<String, String> corpus = new LinkedHashMap<>();
		corpus.put("empty", "");
		corpus.put("whitespace", "   ");
		corpus.put("100,000 characters", "x".repeat(100_000));
		corpus.put("impossible date", "2026-02-30");
		corpus.put("year zero", "0000-01-01");
		corpus.put("far future", "+179000000-01-01");
		corpus.put("huge number", "1e999999999");
		corpus.put("beyond the column", "1e15");
		corpus.put("negative", "-1");
		corpus.put("fraction", "1.5");
		corpus.put("tiny fraction", "1e-300");
		corpus.put("number with letters", "12abc");
		corpus.put("unknown enum", "NOT_A_VALUE");
		corpus.put("script", "<script>alert(1)</script>");
		corpus.put("SQL", "' OR 1=1 --");
		corpus.put("NUL", "a\u0000b");
		corpus.put("direction override", "a\u202Eb");
		return corpus;
	}

}
