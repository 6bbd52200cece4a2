/**
 * What waits for the reader's side across their engagements (the dashboard's list and the
 * weekly digest's), and which signatures are due for the daily reminders: read from the
 * listing and the tables of the modules that own each kind of thing.
 */
package com.rolloutplanner.waiting;
