package com.rolloutplanner.raid;

/**
 * Something wrong with what was typed for the log, at its field, with the message's key
 * and its arguments: the form and the API name their fields from it alike.
 */
public record Problem(String field, String code, Object... arguments) {
}
