/**
 * How people come in without an administrator typing passwords: invitations by mail to
 * join an organisation, and links to choose a new password for those who forgot theirs.
 * Every link is a one-time token of 256 random bits, kept only as its hash.
 */
package com.rolloutplanner.onboarding;
