/**
 * The family of events about an engagement: the one interface every module's events about
 * an engagement implement, so that readers of every change (the listing, the history)
 * listen once; the same for what an organisation's engagements show of it; and the lock
 * that serialises the writers of one engagement. It depends on nothing.
 */
package com.rolloutplanner.change;
