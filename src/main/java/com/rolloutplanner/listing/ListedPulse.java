package com.rolloutplanner.listing;

import java.math.BigDecimal;

/**
 * The latest month of the cooperation pulse both sides answered: each side's score and
 * how it moved from the month both answered before ({@code UP}, {@code DOWN},
 * {@code SAME}, or {@code null} without one), and whether it calls for attention.
 */
public record ListedPulse(int month, BigDecimal client, BigDecimal partner, String clientTrend, String partnerTrend,
		boolean low) {

}
