package com.rolloutplanner.commitments;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The terms of an annex as lines of text and their fingerprint: each fact by what it
 * means, so that terms read back from the database (amounts with their scale, times by
 * the microsecond) print the same line as when they were typed, and no two different
 * facts print one line.
 */
final class TermsLines {

	private TermsLines() {
	}

	static void line(StringBuilder text, String name, Object... values) {
		text.append(name);
		for (Object value : values) {
			// Each value quoted, so that no value can pass for two.
			text.append(" \"").append(value(value).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		text.append('\n');
	}

	static String value(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal amount) {
			return (amount.signum() == 0) ? "0" : amount.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Instant at) {
			return at.truncatedTo(ChronoUnit.SECONDS).toString();
		}
		return value.toString();
	}

	static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
