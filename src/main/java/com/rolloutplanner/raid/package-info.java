/**
 * Risks, issues and change requests between the two sides: the issues with the response
 * times both sides promised and their escalation when a promise is broken.
 */
package com.rolloutplanner.raid;
