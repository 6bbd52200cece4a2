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
		assertThat(ShareTokens.TOKEN_BYTES * 8).isGreaterThanOrEqualTo(128);
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
