/**
 * The login throttle: failed logins counted per username and client address and per
 * address, in the database, so that guessing passwords is slow and a stranger cannot lock
 * anybody out; the locks an administrator sees and lifts (the port
 * {@link com.rolloutplanner.account.LoginLocks}).
 */
package com.rolloutplanner.throttle;
