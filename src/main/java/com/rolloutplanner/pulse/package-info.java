/**
 * The cooperation pulse: five statements both sides answer after the journey's pulse
 * months, each side's score, and what the scores say about the spirit of cooperation
 * beside the KPIs (the watermelon: the numbers look fine, the cooperation does not).
 */
package com.rolloutplanner.pulse;
