package com.rolloutplanner.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Secrets the product must read again (an identity provider's client secret, a webhook's
 * signing secret), kept encrypted: AES-256 in GCM with the key of
 * {@code rollout.security.encryption-key}, stretched with PBKDF2 and the salt of
 * {@code rollout.security.encryption-salt}.
 */
@Component
public class SecretBox {

	private final TextEncryptor encryptor;

	SecretBox(@Value("${rollout.security.encryption-key}") String key,
			@Value("${rollout.security.encryption-salt}") String salt) {
		this.encryptor = Encryptors.delux(key, salt);
	}

	public String seal(String secret) {
		return this.encryptor.encrypt(secret);
	}

	public String open(String sealed) {
		return this.encryptor.decrypt(sealed);
	}

}
