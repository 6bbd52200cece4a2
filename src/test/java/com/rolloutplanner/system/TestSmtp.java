package com.rolloutplanner.system;

import java.io.IOException;
import java.net.ServerSocket;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server of the integration tests: a port free when the tests start, on which
 * the tests that read mails run their own SMTP server (GreenMail). Every integration
 * context sends there; where no server listens, a mail's sending fails and is retried, as
 * in production.
 */
public final class TestSmtp {

	public static final int PORT = freePort();

	private TestSmtp() {
	}

	static JavaMailSender sender() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(PORT);
		sender.setDefaultEncoding("UTF-8");
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "10000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "10000");
		sender.getJavaMailProperties().put("mail.smtp.writetimeout", "10000");
		return sender;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
