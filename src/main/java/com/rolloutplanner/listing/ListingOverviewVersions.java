package com.rolloutplanner.listing;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.engagement.OverviewVersions;

/**
 * The engagement overview's version: the listing row's write number with the names
 * ({@link Listings#version}), one indexed look-up that also checks what the reader may
 * see.
 */
@Component
class ListingOverviewVersions implements OverviewVersions {

	private final Listings listings;

	ListingOverviewVersions(Listings listings) {
		this.listings = listings;
	}

	@Override
	public Optional<Version> of(Long engagementId, Access access) {
		return this.listings.version(engagementId, access).map((version) -> new Version(version, version.name()));
	}

}
