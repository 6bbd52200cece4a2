/**
 * Change requests between the two sides, decided by a decision recorded in a steering
 * meeting; an approved change of the terms is part of the terms annex.
 */
package com.rolloutplanner.changerequest;
