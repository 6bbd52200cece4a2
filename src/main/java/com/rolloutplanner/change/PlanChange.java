package com.rolloutplanner.change;

/**
 * A change to what the quick-win rules read: the engagement's terms, its roadmap, its
 * KPIs or its business case. The quick-win module compares the flags after each.
 */
public interface PlanChange extends EngagementChange {

}
