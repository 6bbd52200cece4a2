/**
 * Signing in through an organisation's own OpenID Connect provider: the providers
 * administrators give organisations, the clients registered from them at run time, and
 * who gets in (a user of the organisation whose verified address matches, linked to the
 * provider's subject at the first sign-in).
 */
package com.rolloutplanner.signin;
