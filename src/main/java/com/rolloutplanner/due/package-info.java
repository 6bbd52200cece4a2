/**
 * What is due and when: the state of anything with a due date on any date (done, overdue,
 * due soon, open), and what each engagement must do next, gathered from every module that
 * has due dates.
 */
package com.rolloutplanner.due;
