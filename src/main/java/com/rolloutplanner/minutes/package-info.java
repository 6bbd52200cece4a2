/**
 * A meeting's minutes: its agenda points and their notes, the decisions, the approvals of
 * both sides, the decision log, and the minutes as a document.
 */
package com.rolloutplanner.minutes;
