/**
 * Issues between the two sides: raised for a side to answer, the response time both sides
 * promised for each severity, the escalation to the steering group and the executives
 * when a promise is broken.
 */
package com.rolloutplanner.issue;
