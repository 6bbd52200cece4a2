package com.rolloutplanner.report;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.listing.Listings;

/**
 * The journeys the shared page, the share link and the report show, kept as data while
 * nothing of the engagement changed: one indexed look-up ({@link Listings#version}) says
 * whether it changed and whether the reader may see it; a journey the reader may not see
 * is answered as {@link JourneyAssembler} answers it (not found), never kept.
 */
@Component
public class Journeys {

	private final Listings listings;

	private final JourneyAssembler assembler;

	Journeys(Listings listings, JourneyAssembler assembler) {
		this.listings = listings;
		this.assembler = assembler;
	}

	public Journey of(Long engagementId, Access access, Long readerOrganisationId, LocalDate asOf,
			boolean hideAmounts) {
		return this.listings.version(engagementId, access)
			.map((version) -> this.assembler.kept(version.written(), engagementId, access, readerOrganisationId, asOf,
					hideAmounts))
			.orElseGet(() -> this.assembler.assemble(engagementId, access, readerOrganisationId, asOf, hideAmounts));
	}

}
