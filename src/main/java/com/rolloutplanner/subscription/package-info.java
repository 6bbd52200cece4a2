/**
 * Who wants which mails: each user's choice per kind of notice (at once, in the weekly
 * digest, or not at all) and the signed links in every mail that turn a kind off without
 * logging in.
 */
package com.rolloutplanner.subscription;
