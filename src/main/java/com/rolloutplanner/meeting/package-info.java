/**
 * Scheduling steering meetings, one by one or as the cadence of the engagement's phase,
 * rearranging and cancelling them, and the meetings page of an engagement.
 */
package com.rolloutplanner.meeting;
