package com.rolloutplanner.mail;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a mail of the outbox over SMTP: multipart, text and HTML, with the headers of a
 * one-click unsubscribe (RFC 8058). The server comes from {@code MAIL_HOST},
 * {@code MAIL_PORT}, {@code MAIL_USERNAME}, {@code MAIL_PASSWORD}, {@code MAIL_STARTTLS}
 * (or Spring's own {@code spring.mail.*}); without one, mails stay in the outbox for the
 * administrators to read.
 */
@Component
public class MailTransport {

	/** How long a connection, a read or a write may take before the attempt fails. */
	static final String TIMEOUT_MILLIS = "10000";

	private final JavaMailSender sender;

	private final String from;

	MailTransport(ObjectProvider<JavaMailSender> configured, @Value("${rollout.mail.host:}") String host,
			@Value("${rollout.mail.port:25}") int port, @Value("${rollout.mail.username:}") String username,
			@Value("${rollout.mail.password:}") String password,
			@Value("${rollout.mail.starttls:false}") boolean starttls,
			@Value("${rollout.mail.from:Rollout Planner <no-reply@rollout-planner.example>}") String from) {
		JavaMailSender found = configured.getIfAvailable();
		if (found == null && !host.isBlank()) {
			JavaMailSenderImpl own = new JavaMailSenderImpl();
			own.setHost(host.strip());
			own.setPort(port);
			if (!username.isBlank()) {
				own.setUsername(username);
				own.setPassword(password);
			}
			own.setDefaultEncoding("UTF-8");
			Properties properties = own.getJavaMailProperties();
			properties.put("mail.smtp.auth", String.valueOf(!username.isBlank()));
			properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
			properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
			properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
			properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
			properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
			found = own;
		}
		this.sender = found;
		this.from = from;
	}

	/** Whether a mail server is configured (else mails wait in the outbox). */
	public boolean configured() {
		return this.sender != null;
	}

	void send(Outbox.Row row) throws MessagingException {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(this.from);
		helper.setTo(row.recipient());
		helper.setSubject(row.subject());
		helper.setText(row.text(), row.html());
		if (row.unsubscribeUrl() != null) {
			message.setHeader("List-Unsubscribe", "<" + row.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		message.setHeader("Auto-Submitted", "auto-generated");
		message.setHeader("Content-Language", row.language());
		this.sender.send(message);
	}

}
