/**
 * The family of events about an engagement: the one interface every module's events about
 * an engagement implement, so that readers of every change (the listing, the history)
 * listen once. It depends on nothing.
 */
package com.rolloutplanner.change;
