package com.rolloutplanner.quickwin;

import java.time.Instant;

/**
 * Who accepted a flag, when, and why. {@code by} is {@code null} when nobody was signed
 * in.
 */
public record Acknowledgement(String reason, String by, Instant at) {

}
