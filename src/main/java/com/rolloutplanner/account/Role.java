package com.rolloutplanner.account;

/**
 * What a user may do: administrators manage organisations and users and see everything.
 */
public enum Role {

	ADMIN, MANAGER

}
