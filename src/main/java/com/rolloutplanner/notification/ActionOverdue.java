package com.rolloutplanner.notification;

import java.time.LocalDate;

/**
 * The daily check found an open action past its due date (published once per action and
 * due date: the check runs once a day).
 */
public record ActionOverdue(Long engagementId, Long actionId, String title, LocalDate dueDate, String ownerSide) {
}
