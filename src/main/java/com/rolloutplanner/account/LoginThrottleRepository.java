package com.rolloutplanner.account;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface LoginThrottleRepository extends Repository<LoginThrottleEntry, String> {

	Optional<LoginThrottleEntry> findById(String username);

	LoginThrottleEntry save(LoginThrottleEntry entry);

	void deleteById(String username);

}
