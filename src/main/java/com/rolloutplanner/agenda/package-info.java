/**
 * The agenda prepared for a meeting's date from what the engagement's data says then:
 * phase, changes since the last meeting, what is due, sign-offs, KPIs, credits, pulse,
 * issues, risks, changes and open actions.
 */
package com.rolloutplanner.agenda;
