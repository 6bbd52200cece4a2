/**
 * Personal calendar feeds (iCalendar): meetings in their time zone, open gates, the
 * charter, roadmap items and actions of the engagements a user may see, at a secret
 * address each user makes and revokes. Everything is inside ({@code internal}): no other
 * module calls it.
 */
package com.rolloutplanner.calendar;
