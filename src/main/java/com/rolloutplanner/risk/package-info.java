/**
 * The risks of an engagement: likelihood and impact, mitigation and review dates, and a
 * risk that happened becoming an issue.
 */
package com.rolloutplanner.risk;
