/**
 * Personal API tokens: made, listed and revoked by their owner, shown once and kept as
 * hashes, checked on every API request by one indexed look-up.
 */
package com.rolloutplanner.apitoken;
