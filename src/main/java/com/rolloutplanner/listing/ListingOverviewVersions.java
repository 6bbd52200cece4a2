package com.rolloutplanner.listing;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.engagement.OverviewVersions;

/** The overview's version: the listing row's write number ({@link Listings#version}). */
@Component
class ListingOverviewVersions implements OverviewVersions {

	private final Listings listings;

	ListingOverviewVersions(Listings listings) {
		this.listings = listings;
	}

	@Override
	public Optional<Long> of(Long engagementId, Access access) {
		return this.listings.version(engagementId, access).map(Listings.Version::written);
	}

}
