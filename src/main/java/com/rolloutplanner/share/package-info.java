/**
 * Share links: a read-only view of an engagement's journey for people without an account,
 * at an address that expires and can be revoked. Its face is its events
 * ({@link com.rolloutplanner.share.ShareEvents}); the links, their page and their storage
 * are inside ({@code internal}).
 */
package com.rolloutplanner.share;
