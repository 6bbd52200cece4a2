package com.rolloutplanner.listing;

import java.util.List;

/**
 * How a list is grouped before it is ordered: not at all, or by the name of the client or
 * of the partner (then by its id, so that each group is together on the page).
 */
public enum ListingGroup {

	NONE(List.of()),

	CLIENT(List
		.of(new ListingOrder.Key("(select lower(g.name) from organisation g where g.id = l.client_organisation_id)",
				true), new ListingOrder.Key("l.client_organisation_id", true))),

	PARTNER(List
		.of(new ListingOrder.Key("(select lower(g.name) from organisation g where g.id = l.partner_organisation_id)",
				true), new ListingOrder.Key("l.partner_organisation_id", true)));

	private final List<ListingOrder.Key> keys;

	ListingGroup(List<ListingOrder.Key> keys) {
		this.keys = keys;
	}

	List<ListingOrder.Key> keys() {
		return this.keys;
	}

}
