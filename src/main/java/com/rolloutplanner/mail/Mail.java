package com.rolloutplanner.mail;

/**
 * A mail as written, ready for the outbox: its subject, its text and HTML parts, and the
 * one-click unsubscribe link it carries (or {@code null}).
 */
public record Mail(String subject, String text, String html, String unsubscribeUrl) {

}
