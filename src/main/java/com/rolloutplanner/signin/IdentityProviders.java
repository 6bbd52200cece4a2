package com.rolloutplanner.signin;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.PasswordSignIn;
import com.rolloutplanner.account.SecretBox;
import com.rolloutplanner.input.FieldProblem;
import com.rolloutplanner.input.PlainText;

/**
 * The identity providers of organisations, one each: the issuer (its discovery document
 * tells the rest), the client id and secret (kept encrypted with the key of
 * {@code rollout.security.encryption-key}, never shown again), the mail domains it
 * vouches for (each domain one organisation's), whether passwords still work for the
 * organisation's users and whether unknown addresses of its domains may join.
 */
@Service
@Transactional(readOnly = true)
public class IdentityProviders implements PasswordSignIn {

	/** At most this many domains a provider vouches for. */
	public static final int MAX_DOMAINS = 20;

	private static final String DOMAIN = "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$";

	private final JdbcClient jdbc;

	private final SecretBox secrets;

	private final boolean plainHttpAllowed;

	private final Clock clock;

	IdentityProviders(JdbcClient jdbc, Clock clock, SecretBox secrets,
			@Value("${rollout.security.oidc.allow-plain-http:false}") boolean plainHttpAllowed) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.secrets = secrets;
		this.plainHttpAllowed = plainHttpAllowed;
	}

	/** An organisation's provider as its page and the sign-in read it: no secret. */
	public record Provider(Long organisationId, String organisationName, String issuer, String clientId,
			Set<String> domains, boolean passwordSignIn, boolean selfJoin, Instant changedAt, String changedBy,
			long version) {

		/**
		 * The client's id among the registrations: {@code org-} and the organisation's
		 * id.
		 */
		public String registrationId() {
			return "org-" + this.organisationId;
		}

		public String domainsText() {
			return String.join(", ", this.domains);
		}

	}

	private static final String COLUMNS = "p.organisation_id, o.name, p.issuer_url, p.client_id, p.email_domains, "
			+ "p.password_sign_in, p.self_join, p.changed_at, p.changed_by, p.version "
			+ "from identity_provider p join organisation o on o.id = p.organisation_id";

	public Optional<Provider> of(Long organisationId) {
		return this.jdbc.sql("select " + COLUMNS + " where p.organisation_id = :id")
			.param("id", organisationId)
			.query(this::provider)
			.optional();
	}

	/** The provider that vouches for the domain of an address, if any. */
	public Optional<Provider> forAddress(String address) {
		if (address == null || !address.contains("@")) {
			return Optional.empty();
		}
		String domain = address.substring(address.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
		if (!domain.matches(DOMAIN)) {
			return Optional.empty();
		}
		return this.jdbc.sql("select " + COLUMNS + " where p.email_domains like :domain")
			.param("domain", "%," + domain + ",%")
			.query(this::provider)
			.optional();
	}

	@Override
	public boolean allowed(Long organisationId) {
		return this.jdbc
			.sql("select count(*) from identity_provider where organisation_id = :id and password_sign_in = false")
			.param("id", organisationId)
			.query(Long.class)
			.single() == 0;
	}

	/** The client secret of an organisation's provider, decrypted. */
	String secret(Long organisationId) {
		return this.jdbc.sql("select client_secret from identity_provider where organisation_id = :id")
			.param("id", organisationId)
			.query(String.class)
			.optional()
			.map(this.secrets::open)
			.orElseThrow();
	}

	/** The version of an organisation's provider, or empty when it has none. */
	Optional<Long> version(Long organisationId) {
		return this.jdbc.sql("select version from identity_provider where organisation_id = :id")
			.param("id", organisationId)
			.query(Long.class)
			.optional();
	}

	/**
	 * What is wrong with a provider an administrator would set: an issuer of HTTPS (plain
	 * HTTP only when the configuration allows it) up to 500 characters; a client id of
	 * plain text up to 200; a secret up to 1,000 (required for a new provider; empty
	 * keeps the stored one); 1 to {@value #MAX_DOMAINS} mail domains no other
	 * organisation's provider vouches for.
	 */
	public List<FieldProblem> check(Long organisationId, String issuer, String clientId, String secret,
			String domains) {
		List<FieldProblem> problems = new ArrayList<>();
		String url = (issuer != null) ? issuer.strip() : "";
		if (url.isEmpty()) {
			problems.add(new FieldProblem("issuer", "provider.issuer.required"));
		}
		else if (url.length() > 500 || !url(url)) {
			problems.add(new FieldProblem("issuer",
					this.plainHttpAllowed ? "provider.issuer.invalidHttp" : "provider.issuer.invalid"));
		}
		FieldProblem.text(problems, "clientId", clientId, true, 200, false);
		boolean stored = version(organisationId).isPresent();
		if (secret == null || secret.isEmpty()) {
			if (!stored) {
				problems.add(new FieldProblem("clientSecret", "provider.secret.required"));
			}
		}
		else if (secret.length() > 1000 || !PlainText.Check.isPlain(secret, false)) {
			problems.add(new FieldProblem("clientSecret", "provider.secret.invalid"));
		}
		Set<String> parsed = domains(domains);
		if (parsed.isEmpty()) {
			problems.add(new FieldProblem("domains", "provider.domains.required"));
		}
		else if (parsed.size() > MAX_DOMAINS || parsed.stream().anyMatch((d) -> !d.matches(DOMAIN))) {
			problems.add(new FieldProblem("domains", "provider.domains.invalid", MAX_DOMAINS));
		}
		else {
			for (String domain : parsed) {
				Optional<Provider> other = forAddress("x@" + domain);
				if (other.isPresent() && !other.get().organisationId().equals(organisationId)) {
					problems.add(new FieldProblem("domains", "provider.domains.taken", domain,
							other.get().organisationName()));
					break;
				}
			}
		}
		return problems;
	}

	/** Sets an organisation's provider (as {@link #check} accepts it). */
	@Transactional
	public void save(Long organisationId, String issuer, String clientId, String secret, String domains,
			boolean passwordSignIn, boolean selfJoin, String actor) {
		if (!check(organisationId, issuer, clientId, secret, domains).isEmpty()) {
			throw new IllegalArgumentException("Not a provider");
		}
		String stored = "," + String.join(",", domains(domains)) + ",";
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), this.clock.getZone());
		String encrypted = (secret == null || secret.isEmpty()) ? null : this.secrets.seal(secret);
		// A new provider is inserted; an existing one, or one a second click saved at the
		// same moment, is updated.
		Map<String, Object> values = new HashMap<>();
		values.put("issuer", issuer.strip());
		values.put("client", clientId.strip());
		values.put("secret", encrypted);
		values.put("domains", stored);
		values.put("password", passwordSignIn);
		values.put("join", selfJoin);
		values.put("now", now);
		values.put("actor", actor);
		values.put("id", organisationId);
		int inserted = (encrypted == null) ? 0 : this.jdbc
			.sql("insert into identity_provider (organisation_id, issuer_url, client_id, client_secret, "
					+ "email_domains, password_sign_in, self_join, changed_at, changed_by, version) values "
					+ "(:id, :issuer, :client, :secret, :domains, :password, :join, :now, :actor, 0) on conflict do nothing")
			.params(values)
			.update();
		if (inserted == 0) {
			this.jdbc
				.sql("update identity_provider set issuer_url = :issuer, client_id = :client, "
						+ "client_secret = coalesce(:secret, client_secret), email_domains = :domains, "
						+ "password_sign_in = :password, self_join = :join, changed_at = :now, changed_by = :actor, "
						+ "version = version + 1 where organisation_id = :id")
				.params(values)
				.update();
		}
	}

	/** Removes an organisation's provider: its users sign in with passwords again. */
	@Transactional
	public boolean remove(Long organisationId) {
		return this.jdbc.sql("delete from identity_provider where organisation_id = :id")
			.param("id", organisationId)
			.update() == 1;
	}

	/**
	 * The domains of a text: separated by commas, spaces or lines, lower case, once each.
	 */
	static Set<String> domains(String text) {
		Set<String> domains = new LinkedHashSet<>();
		if (text != null) {
			Arrays.stream(text.toLowerCase(Locale.ROOT).split("[,\\s]+"))
				.map(String::strip)
				.map((d) -> d.startsWith("@") ? d.substring(1) : d)
				.filter((d) -> !d.isEmpty())
				.forEach(domains::add);
		}
		return domains;
	}

	private boolean url(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			return uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
					&& ("https".equals(scheme) || (this.plainHttpAllowed && "http".equals(scheme)));
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private Provider provider(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Set<String> domains = domains(rs.getString(5));
		return new Provider(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), domains, rs.getBoolean(6),
				rs.getBoolean(7), rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getString(9), rs.getLong(10));
	}

}
