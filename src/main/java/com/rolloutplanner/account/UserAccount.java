package com.rolloutplanner.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import com.rolloutplanner.organisation.Organisation;

/**
 * A person who signs in: belongs to one organisation, as an administrator or a manager.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@ManyToOne(optional = false)
	private Organisation organisation;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean active;

	private boolean mustChangePassword;

	private Instant createdAt;

	/** Sessions that began before this moment are ended; {@code null}: none is. */
	private Instant sessionsSince;

	private String email;

	private String pendingEmail;

	private String pendingEmailTokenHash;

	private Instant pendingEmailSentAt;

	private String language;

	private String timeZone;

	private String oidcIssuer;

	private String oidcSubject;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, Organisation organisation, Role role,
			boolean mustChangePassword, Instant createdAt) {
		this.username = normalise(username);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.organisation = organisation;
		this.role = role;
		this.active = true;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = createdAt;
	}

	static String normalise(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	/** The user's own new password: no longer a one-time password. */
	void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	/** An administrator's reset: a one-time password to be changed at the next login. */
	void resetPassword(String oneTimeHash) {
		this.passwordHash = oneTimeHash;
		this.mustChangePassword = true;
	}

	/**
	 * Ends every session that began before now (the one that stamps itself after it
	 * stays).
	 */
	void endSessions(Instant now) {
		this.sessionsSince = now;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	/** Where and how mails reach the user; {@code null} clears the address. */
	void changeContact(String email, String language, String timeZone) {
		this.email = (email != null && !email.isBlank()) ? email.strip() : null;
		this.language = language;
		this.timeZone = timeZone;
	}

	/** The language of mails at the first login: the browser's. */
	boolean languageUnset() {
		return this.language == null;
	}

	void setLanguage(String language) {
		this.language = language;
	}

	String getEmail() {
		return this.email;
	}

	String getPendingEmail() {
		return this.pendingEmail;
	}

	Instant getPendingEmailSentAt() {
		return this.pendingEmailSentAt;
	}

	/** A new address waits for its confirmation by the token's hash. */
	void awaitEmail(String address, String tokenHash, Instant now) {
		this.pendingEmail = address;
		this.pendingEmailTokenHash = tokenHash;
		this.pendingEmailSentAt = now;
	}

	/**
	 * Confirms the waiting address when the token is its own and was sent at most a day
	 * before now.
	 * @return whether the address is now the one mails go to
	 */
	boolean confirmEmail(String tokenHash, Instant now) {
		if (this.pendingEmail == null || this.pendingEmailTokenHash == null
				|| !java.security.MessageDigest.isEqual(this.pendingEmailTokenHash.getBytes(), tokenHash.getBytes())
				|| this.pendingEmailSentAt.plus(java.time.Duration.ofHours(24)).isBefore(now)) {
			return false;
		}
		this.email = this.pendingEmail;
		clearPendingEmail();
		return true;
	}

	void clearPendingEmail() {
		this.pendingEmail = null;
		this.pendingEmailTokenHash = null;
		this.pendingEmailSentAt = null;
	}

	String getLanguage() {
		return this.language;
	}

	String getTimeZone() {
		return this.timeZone;
	}

	/** The identity the user signs in with through their organisation's provider. */
	void linkIdentity(String issuer, String subject) {
		this.oidcIssuer = issuer;
		this.oidcSubject = subject;
	}

	boolean hasIdentity() {
		return this.oidcSubject != null;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.username, this.displayName, this.passwordHash, this.organisation.getId(),
				this.organisation.getName(), this.role, this.active, this.mustChangePassword);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isActive() {
		return this.active;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
