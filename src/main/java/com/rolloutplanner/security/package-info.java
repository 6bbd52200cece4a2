/**
 * Who may do what over the web: the security filter chain (form login, the login
 * throttle, sign-in through an organisation's provider, API tokens, CSRF, the content
 * security policy), the answers of the API to a caller it refuses, and the sessions kept
 * in the database, written only when they change.
 */
package com.rolloutplanner.security;
