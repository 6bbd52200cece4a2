package com.rolloutplanner.share;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShareTokensTests {

	@Test
	void tokensCarryTwoHundredFiftySixRandomBitsAndNeverRepeat() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			tokens.add(ShareTokens.newToken());
		}

		assertThat(tokens).hasSize(1000).allMatch(ShareTokens::wellFormed);
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
		String token = ShareTokens.newToken();

		String hash = ShareTokens.hash(token);

		assertThat(hash).hasSize(64).doesNotContain(token).isEqualTo(ShareTokens.hash(token));
		assertThat(ShareTokens.hash(token + "x")).isNotEqualTo(hash);
	}

	@Test
	void refusesMalformedTokensBeforeAnyLookUp() {
		assertThat(ShareTokens.wellFormed("abc")).isFalse();
		assertThat(ShareTokens.wellFormed(null)).isFalse();
		assertThat(ShareTokens.wellFormed("!".repeat(43))).isFalse();
	}

}
