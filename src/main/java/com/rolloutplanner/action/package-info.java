/**
 * The actions handed out in steering meetings: who owns each, when it is due, done or
 * reopened, and the actions page of an engagement.
 */
package com.rolloutplanner.action;
