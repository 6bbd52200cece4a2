package com.rolloutplanner.account;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTokensTests {

	@Test
	void tokensCarryTwoHundredFiftySixRandomBitsAndNeverRepeat() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			tokens.add(SecretTokens.newToken());
		}

		assertThat(tokens).hasSize(1000).allMatch(SecretTokens::wellFormed);
		int[] setBits = new int[256];
		for (String token : tokens) {
			byte[] bytes = java.util.Base64.getUrlDecoder().decode(token);
			assertThat(bytes).hasSize(32);
			for (int bit = 0; bit < 256; bit++) {
				setBits[bit] += (bytes[bit / 8] >> (bit % 8)) & 1;
			}
		}
		// Every one of the 256 bits varies: each is set in about half of the tokens (a
		// fixed or
		// biased bit would be far outside 400-600 of 1000, more than six standard
		// deviations).
		assertThat(java.util.Arrays.stream(setBits).boxed().toList()).allMatch((count) -> count > 400 && count < 600);
	}

	@Test
	void onlyAHashIsKeptAndItDoesNotRevealTheToken() {
		String token = SecretTokens.newToken();

		String hash = SecretTokens.hash(token);

		assertThat(hash).hasSize(64).doesNotContain(token).isEqualTo(SecretTokens.hash(token));
		assertThat(SecretTokens.hash(token + "x")).isNotEqualTo(hash);
	}

	@Test
	void refusesMalformedTokensBeforeAnyLookUp() {
		assertThat(SecretTokens.wellFormed("abc")).isFalse();
		assertThat(SecretTokens.wellFormed(null)).isFalse();
		assertThat(SecretTokens.wellFormed("!".repeat(43))).isFalse();
	}

}
