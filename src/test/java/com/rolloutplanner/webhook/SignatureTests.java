package com.rolloutplanner.webhook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature of a delivery as a receiver computes it (the expected values made with
 * Python's {@code hmac} module): any change of secret, id, timestamp or body changes it.
 */
class SignatureTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"whsec_test|evt-1|1700000000|{\"a\":1}|v1=9a240f82f8132f051a7876ca32389b6382ea785b412a85268873222f7a96da6f",
			"whsec_test|evt-1|1700000001|{\"a\":1}|v1=9869a3710b86b537f5330165dd2cf6e2d3bd72b2b4345b541be2efc8f0753620" })
	void isTheHexHmacSha256OfIdTimestampAndBody(String secret, String id, long timestamp, String body,
			String expected) {
		assertThat(Signature.of(secret, id, timestamp, body)).isEqualTo(expected);
		assertThat(Signature.of(secret + "x", id, timestamp, body)).isNotEqualTo(expected);
		assertThat(Signature.of(secret, id + "x", timestamp, body)).isNotEqualTo(expected);
		assertThat(Signature.of(secret, id, timestamp, body + " ")).isNotEqualTo(expected);
	}

}
