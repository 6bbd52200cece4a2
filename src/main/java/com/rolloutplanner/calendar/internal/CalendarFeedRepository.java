package com.rolloutplanner.calendar.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CalendarFeedRepository extends Repository<CalendarFeed, Long> {

	CalendarFeed save(CalendarFeed feed);

	Optional<CalendarFeed> findByTokenHash(String tokenHash);

	Optional<CalendarFeed> findByIdAndUsername(Long id, String username);

	List<CalendarFeed> findByUsernameOrderByCreatedAtDescIdDesc(String username);

}
