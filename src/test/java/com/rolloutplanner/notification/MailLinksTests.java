package com.rolloutplanner.notification;

import com.rolloutplanner.subscription.Delivery;
import com.rolloutplanner.subscription.NotificationKind;
import com.rolloutplanner.subscription.Preferences;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.rolloutplanner.RolloutIntegrationTest;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.account.TestUsers;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementBuilder;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.Kpi;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.mail.Mail;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.action.ActionItem.Task;
import com.rolloutplanner.action.ActionItem;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.steering.Arrangement;
import com.rolloutplanner.steering.MeetingKind;
import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.meeting.Meetings;
import com.rolloutplanner.waiting.Waiting;
import com.rolloutplanner.waiting.WaitingQuery;
import com.rolloutplanner.web.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every link in every kind of mail opens for its recipient, through a running server, on
 * the page the mail is about: each kind of notice is caused as a user causes it, the
 * mails are read from the outbox, and every address in them is opened in the recipient's
 * own session (redirects followed): it answers 200, and an action's link shows the
 * action, a waiting approval's link the approval button, an agenda's link the agenda.
 */
@RolloutIntegrationTest
class MailLinksTests {

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Contacts contacts;

	@Autowired
	Organisations organisations;

	@Autowired
	Engagements engagements;

	@Autowired
	Commitments commitments;

	@Autowired
	Meetings meetings;

	@Autowired
	MeetingMinutes meetingMinutes;

	@Autowired
	ActionItems actionItems;

	@Autowired
	Kpis kpis;

	@Autowired
	Preferences preferences;

	@Autowired
	DailyChecks daily;

	@Autowired
	WeeklyDigest digest;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WaitingQuery waiting;

	@Autowired
	Listings listings;

	@Autowired
	Clock clock;

	@Autowired
	com.rolloutplanner.issue.Issues issues;

	@Autowired
	com.rolloutplanner.issue.Escalations escalations;

	@Test
	void everyLinkOfEveryKindOfMailOpensThePageTheMailIsAboutForItsRecipient() throws Exception {
		String suffix = Long.toString(System.nanoTime(), 36);
		CurrentUser client = signUp("links.client." + suffix, "Liisa Links", "Links Client " + suffix);
		CurrentUser partner = signUp("links.partner." + suffix, "Paavo Links", "Links Partner " + suffix);
		LocalDate today = LocalDate.now(this.clock);
		Long id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Links " + suffix)
				.between(this.organisations.findOrAdd("Links Client " + suffix),
						this.organisations.findOrAdd("Links Partner " + suffix))
				.goLive(today.minusMonths(2))
				.terms(), "Test")
			.getId();
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from mail_outbox", Long.class);

		// Signatures and approvals waiting, minutes approved
		this.commitments.signGate(id, GateType.GO_LIVE, client);
		this.commitments.signAnnex(id, client);
		Long held = this.meetings.schedule(id,
				new Arrangement(MeetingKind.STEERING_GROUP,
						LocalDateTime.now(this.clock).minusDays(1).withHour(13).withMinute(0), 60, null, null,
						Set.of(client.getUsername())),
				client);
		Long nextMeeting = this.meetings.schedule(id, new Arrangement(MeetingKind.OPERATIONAL_REVIEW,
				today.plusDays(1).atTime(9, 0), 60, "Room 2", null, Set.of(partner.getUsername())), client);
		// An action assigned, and one overdue
		ActionItem assigned = this.actionItems.addAction(id, held,
				new Task("Send the staffing plan", OwnerSide.PARTNER, partner.getUsername(), today.plusDays(10), false),
				client.access(), client.signature());
		ActionItem overdue = this.actionItems.addAction(id, null,
				new Task("Book the training room", OwnerSide.PARTNER, null, today.minusDays(2), false), client.access(),
				client.signature());
		this.meetingMinutes.approve(id, held, partner);
		// A KPI below its band
		Kpi csat = this.kpis.add(id, new Kpi.Settings("CSAT", "%", KpiKind.QUALITY, Direction.HIGHER_IS_BETTER,
				BigDecimal.valueOf(80), BigDecimal.valueOf(88), 9, BigDecimal.valueOf(15)), client);
		this.kpis.record(id, csat.getId(), 1, BigDecimal.valueOf(20), client.access(), client.signature());
		// A critical flag raised
		Long pilot = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Links pilot " + suffix)
				.between(this.organisations.findOrAdd("Links Client " + suffix),
						this.organisations.findOrAdd("Links Partner " + suffix))
				.goLive(today.minusMonths(1))
				.contract(ContractModel.PILOT, 6)
				.terms(), "Test")
			.getId();
		assertThat(pilot).isNotNull();
		// A share link opened for the first time
		WebSession clientTab = new WebSession(this.port).logIn(client.getUsername(), TestUsers.PASSWORD);
		clientTab.post("/engagements/" + id + "/share", "/engagements/" + id + "/share",
				Map.of("label", "For the board", "expiresOn", ""));
		Matcher share = Pattern.compile("/s/[A-Za-z0-9_-]+")
			.matcher(clientTab.get("/engagements/" + id + "/share").body());
		assertThat(share.find()).as("the new share link is shown").isTrue();
		assertThat(new WebSession(this.port).get(share.group()).statusCode()).isEqualTo(200);
		// An issue raised for the partner, and one nobody answered in time
		com.rolloutplanner.issue.IssueView raised = this.issues.raise(id, "Queue unanswered", null,
				com.rolloutplanner.issue.IssueSeverity.HIGH, com.rolloutplanner.engagement.Side.PARTNER, client);
		com.rolloutplanner.issue.IssueView late = this.issues.raise(id, "Disputes waiting", null,
				com.rolloutplanner.issue.IssueSeverity.CRITICAL, com.rolloutplanner.engagement.Side.PARTNER, client,
				this.clock.instant().minus(java.time.Duration.ofHours(5)));
		this.escalations.run();
		// The daily checks: what became overdue, and the agenda of the meeting ahead
		this.daily.run(today);
		// Approved by both
		this.meetingMinutes.approve(id, held, client);

		// Only the mails of this test's people: the daily checks look at every
		// engagement.
		List<Map<String, Object>> mails = this.jdbc.queryForList(
				"select recipient, kind, html_body, text_body from mail_outbox where id > ? and recipient in (?, ?) "
						+ "order by id",
				before, client.getUsername() + "@example.com", partner.getUsername() + "@example.com");
		Set<String> kinds = new LinkedHashSet<>();
		mails.forEach((m) -> kinds.add((String) m.get("kind")));
		assertThat(kinds).as(this.meetings.meetings(id, client.access()).toString())
			.containsExactlyInAnyOrder("SIGN_OFF_WAITING", "MINUTES_APPROVED", "ACTION_ASSIGNED", "DAILY_CHECKS",
					"KPI_BELOW_BAND", "CRITICAL_FLAG", "SHARE_LINK_OPENED", "ISSUE_RAISED", "ISSUE_ESCALATED");

		Map<String, WebSession> tabs = Map.of(client.getUsername() + "@example.com", clientTab,
				partner.getUsername() + "@example.com",
				new WebSession(this.port).logIn(partner.getUsername(), TestUsers.PASSWORD));
		List<String> broken = new ArrayList<>();
		for (Map<String, Object> mail : mails) {
			WebSession tab = tabs.get(mail.get("recipient"));
			assertThat(tab).as("a mail to " + mail.get("recipient")).isNotNull();
			broken.addAll(open(tab, (String) mail.get("kind"), (String) mail.get("html_body")));
		}
		// The Monday digest, as the preview shows it
		Mail digestMail = this.digest.preview(client.getId()).orElseThrow();
		broken.addAll(open(clientTab, "WEEKLY_DIGEST", digestMail.html()));
		assertThat(broken).isEmpty();

		String partnerAddress = partner.getUsername() + "@example.com";
		assertThat(page(tabs, partnerAddress, mails, "ACTION_ASSIGNED"))
			.contains("id=\"action-" + assigned.getId() + "\"", "Send the staffing plan");
		// The daily checks' notices (what became overdue, the agenda ahead, the pulse
		// opened, signatures coming due) came to each side in one mail.
		List<String> daily = links(mails, partnerAddress, "DAILY_CHECKS");
		assertThat(tabs.get(partnerAddress)
			.open(find(daily, "/actions#action-" + overdue.getId()).replaceFirst("#.*", ""))
			.body()).contains("id=\"action-" + overdue.getId() + "\"", "Book the training room");
		assertThat(
				tabs.get(partnerAddress).open(find(daily, "/meetings/" + nextMeeting).replaceFirst("#.*", "")).body())
			.contains("id=\"agenda\"", "/meetings/" + nextMeeting);
		String approval = mails.stream()
			.filter((m) -> "SIGN_OFF_WAITING".equals(m.get("kind"))
					&& ((String) m.get("html_body")).contains("/meetings/" + held))
			.map((m) -> link((String) m.get("html_body")))
			.findFirst()
			.orElseThrow();
		assertThat(approval).endsWith("/meetings/" + held + "#approvals");
		// Month 2 of the journey and month 1 of the pilot are complete today: both sides
		// of each are asked for the pulse, and the link opens the form on that month.
		assertThat(java.util.stream.Stream
			.concat(links(mails, partnerAddress, "DAILY_CHECKS").stream(),
					links(mails, client.getUsername() + "@example.com", "DAILY_CHECKS").stream())
			.filter((path) -> path.contains("/cooperation?month=")))
			.containsExactlyInAnyOrder("/engagements/" + id + "/cooperation?month=2#answer",
					"/engagements/" + id + "/cooperation?month=2#answer",
					"/engagements/" + pilot + "/cooperation?month=1#answer",
					"/engagements/" + pilot + "/cooperation?month=1#answer");
		assertThat(page(tabs, partnerAddress, mails, "ISSUE_RAISED")).contains("id=\"respond\"", "Queue unanswered",
				"Send the response");
		assertThat(mails).filteredOn((m) -> "ISSUE_RAISED".equals(m.get("kind")))
			.extracting((m) -> link((String) m.get("html_body")).replaceFirst("^https?://[^/]+", ""))
			.contains("/engagements/" + id + "/issues/" + raised.id() + "#respond");
		assertThat(mails).filteredOn((m) -> "ISSUE_ESCALATED".equals(m.get("kind")))
			.extracting((m) -> link((String) m.get("html_body")).replaceFirst("^https?://[^/]+", ""))
			.containsExactlyInAnyOrder("/engagements/" + id + "/issues/" + late.id(),
					"/engagements/" + id + "/issues/" + late.id());
		assertThat(tabs.get(partnerAddress)
			.open(find(daily, "/cooperation?month=2#answer").replaceFirst("#.*", ""))
			.body()).contains("id=\"answer\"", "selected=\"selected\">Month ");
	}

	@Test
	void theMeetingPageTheWaitingListAndTheMailsAgreeWhichMinutesWaitForWhichSide() {
		String suffix = Long.toString(System.nanoTime(), 36);
		String clientOrg = "Waits Client " + suffix;
		String partnerOrg = "Waits Partner " + suffix;
		CurrentUser client = signUp("waits.client." + suffix, "Kaisa Waits", clientOrg);
		CurrentUser partner = signUp("waits.partner." + suffix, "Pekka Waits", partnerOrg);
		LocalDate today = LocalDate.now(this.clock);
		LocalDateTime now = LocalDateTime.now(this.clock);
		Long id = this.engagements
			.create(EngagementBuilder.anEngagement()
				.name("Waits " + suffix)
				.between(this.organisations.findOrAdd(clientOrg), this.organisations.findOrAdd(partnerOrg))
				.goLive(today.minusMonths(2))
				.terms(), "Test")
			.getId();
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from mail_outbox", Long.class);
		Long ahead = meeting(id, now.plusMinutes(1), client);
		Long startingNow = meeting(id, now, client);
		Long held = meeting(id, now.minusDays(1), client);
		Long approvedByClient = meeting(id, now.minusDays(2), client);
		Long approvedByBoth = meeting(id, now.minusDays(3), client);
		this.meetingMinutes.approve(id, approvedByClient, client);
		this.meetingMinutes.approve(id, approvedByBoth, partner);
		this.meetingMinutes.approve(id, approvedByBoth, client);
		this.daily.run(today);

		Set<Long> all = Set.of(ahead, startingNow, held, approvedByClient, approvedByBoth);
		Map<Side, CurrentUser> sides = Map.of(Side.CLIENT, client, Side.PARTNER, partner);
		for (Map.Entry<Side, CurrentUser> side : sides.entrySet()) {
			CurrentUser user = side.getValue();
			Set<Long> waits = new java.util.TreeSet<>();
			for (MeetingView meeting : this.meetings.meetings(id, user.access())) {
				if (meeting.waitsFor(side.getKey(), this.clock.instant())) {
					waits.add(meeting.id());
				}
			}
			// The rule
			assertThat(waits).as(side.getKey().name())
				.containsExactlyInAnyOrderElementsOf((side.getKey() == Side.CLIENT) ? List.of(startingNow, held)
						: List.of(startingNow, held, approvedByClient));
			// The dashboard's waiting list (and the digest, which reads it)
			Set<Long> listed = new java.util.TreeSet<>();
			this.waiting.page(this.listings.state(user.access()), user.getUsername(), today, now, 0, 100)
				.items()
				.stream()
				.filter((item) -> item.kind() == Waiting.Kind.MINUTES && all.contains(item.targetId()))
				.forEach((item) -> listed.add(item.targetId()));
			assertThat(listed).as("waiting list of the " + side.getKey()).isEqualTo(waits);
			// The meeting pages: an approve button exactly where the minutes wait
			WebSession tab = new WebSession(this.port).logIn(user.getUsername(), TestUsers.PASSWORD);
			Set<Long> buttons = new java.util.TreeSet<>();
			for (Long meeting : all) {
				String path = "/engagements/" + id + "/meetings/" + meeting;
				if (tab.get(path).body().contains(path + "/approve\"")) {
					buttons.add(meeting);
				}
			}
			assertThat(buttons).as("approve buttons of the " + side.getKey()).isEqualTo(waits);
			// The mails: each side has been told of every minutes that wait for it (by
			// the daily check, or at the other side's approval); told of others besides,
			// since approved, is no disagreement
			Set<Long> told = new java.util.TreeSet<>();
			Matcher links = Pattern.compile("/meetings/(\\d+)#approvals")
				.matcher(String.join(" ",
						this.jdbc.queryForList(
								"select html_body from mail_outbox where id > ? and recipient = ? "
										+ "and kind in ('SIGN_OFF_WAITING', 'DAILY_CHECKS')",
								String.class, before, user.getUsername() + "@example.com")));
			while (links.find()) {
				told.add(Long.valueOf(links.group(1)));
			}
			told.retainAll(waits.isEmpty() ? Set.of()
					: this.meetings.meetings(id, user.access())
						.stream()
						.filter((meeting) -> meeting.waitsFor(side.getKey(), this.clock.instant()))
						.map(MeetingView::id)
						.toList());
			assertThat(told).as("mails to the " + side.getKey()).isEqualTo(waits);
		}
	}

	private Long meeting(Long id, LocalDateTime at, CurrentUser user) {
		return this.meetings.schedule(id, new Arrangement(MeetingKind.STEERING_GROUP, at, 60, null, null, Set.of()),
				user);
	}

	/**
	 * The page of the first link of the first mail of a kind, as its recipient sees it.
	 */
	private String page(Map<String, WebSession> tabs, String recipient, List<Map<String, Object>> mails, String kind) {
		WebSession tab = tabs.get(recipient);
		String html = mails.stream()
			.filter((m) -> kind.equals(m.get("kind")) && recipient.equals(m.get("recipient")))
			.map((m) -> (String) m.get("html_body"))
			.findFirst()
			.orElseThrow();
		HttpResponse<String> answer = tab.open(path(link(html)));
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	/**
	 * The links in the recipient's mails of the kind, in order, each from its path on
	 * (its fragment included).
	 */
	private static List<String> links(List<Map<String, Object>> mails, String recipient, String kind) {
		List<String> links = new ArrayList<>();
		mails.stream()
			.filter((m) -> kind.equals(m.get("kind")) && recipient.equals(m.get("recipient")))
			.forEach((m) -> {
				Matcher matcher = HREF.matcher((String) m.get("html_body"));
				while (matcher.find()) {
					links.add(matcher.group(1).replace("&amp;", "&").replaceFirst("^https?://[^/]+", ""));
				}
			});
		return links;
	}

	/** The one path among these that contains the text. */
	private static String find(List<String> paths, String text) {
		return paths.stream()
			.filter((path) -> path.contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no link with " + text + " in " + paths));
	}

	/** The link a mail is about: the first one in its text. */
	private static String link(String html) {
		Matcher matcher = HREF.matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1).replace("&amp;", "&");
	}

	private List<String> open(WebSession tab, String kind, String html) {
		List<String> broken = new ArrayList<>();
		Matcher matcher = HREF.matcher(html);
		while (matcher.find()) {
			String url = matcher.group(1).replace("&amp;", "&");
			if (url.startsWith("mailto:")) {
				continue;
			}
			assertThat(url).as("a link in a mail is absolute, to this server")
				.startsWith("http://localhost:" + this.port);
			HttpResponse<String> answer = tab.open(path(url));
			if (answer.statusCode() != 200) {
				broken.add(kind + ": " + url + " answered " + answer.statusCode());
			}
		}
		return broken;
	}

	private static String path(String url) {
		URI uri = URI.create(url);
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	private CurrentUser signUp(String username, String name, String organisation) {
		TestUsers.ensure(this.accounts, this.organisations, username, name, organisation, Role.MANAGER);
		CurrentUser user = (CurrentUser) this.users.loadUserByUsername(username);
		this.contacts.changeContact(user.getId(),
				new Contacts.Contact(username + "@example.com", "en", "Europe/Helsinki"));
		for (NotificationKind kind : NotificationKind.values()) {
			this.preferences.set(user.getId(), kind, Delivery.IMMEDIATE);
		}
		return user;
	}

}
