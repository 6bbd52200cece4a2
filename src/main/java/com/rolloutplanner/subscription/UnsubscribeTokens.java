package com.rolloutplanner.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tokens of unsubscribe links: the user and the kind of mail, signed with HMAC-SHA256
 * under a key made at the first start and kept in the database (so every instance signs
 * and checks alike). A token works without a login and cannot be forged for someone else.
 */
@Component
public class UnsubscribeTokens implements org.springframework.beans.factory.SmartInitializingSingleton {

	private static final Pattern FORM = Pattern.compile("^([0-9]{1,18})\\.([A-Z_]{1,30})\\.([A-Za-z0-9_-]{43})$");

	private final JdbcClient jdbc;

	private volatile byte[] key;

	UnsubscribeTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reads or makes the key at start, outside any transaction. */
	@Override
	public void afterSingletonsInstantiated() {
		key();
	}

	/** What a valid token unsubscribes. */
	public record Subject(Long userId, NotificationKind kind) {
	}

	public String token(Long userId, NotificationKind kind) {
		String payload = userId + "." + kind.name();
		return payload + "." + sign(payload);
	}

	public Optional<Subject> read(String token) {
		if (token == null || token.length() > 120) {
			return Optional.empty();
		}
		Matcher m = FORM.matcher(token);
		if (!m.matches()) {
			return Optional.empty();
		}
		NotificationKind kind;
		try {
			kind = NotificationKind.valueOf(m.group(2));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		String payload = m.group(1) + "." + m.group(2);
		boolean valid = MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
				m.group(3).getBytes(StandardCharsets.US_ASCII));
		return valid ? Optional.of(new Subject(Long.valueOf(m.group(1)), kind)) : Optional.empty();
	}

	private String sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private byte[] key() {
		byte[] known = this.key;
		if (known != null) {
			return known;
		}
		String stored = this.jdbc.sql("select secret from app_secret where name = 'unsubscribe'")
			.query(String.class)
			.optional()
			.orElseGet(() -> {
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				try {
					this.jdbc.sql("insert into app_secret (name, secret) values ('unsubscribe', ?)")
						.param(Base64.getEncoder().encodeToString(fresh))
						.update();
				}
				catch (DuplicateKeyException ex) {
					// Another instance made it first: theirs is the key.
				}
				return this.jdbc.sql("select secret from app_secret where name = 'unsubscribe'")
					.query(String.class)
					.single();
			});
		this.key = Base64.getDecoder().decode(stored);
		return this.key;
	}

}
