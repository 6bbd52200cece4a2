package com.rolloutplanner.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import com.rolloutplanner.account.Recipient;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.subscription.Delivery;
import com.rolloutplanner.subscription.NotificationKind;

/**
 * The people a run of many notices reaches, read once for the whole run: the parties of
 * its engagements, the users of their organisations and, per kind of notice, what each of
 * them chose. A run reads this with a query each, however many notices it makes, so its
 * reads grow with its recipients, not with its notices.
 */
final class Audience {

	private final Map<Long, Parties> parties;

	private final Map<Long, List<Recipient>> byOrganisation = new HashMap<>();

	private final List<Long> recipientIds;

	private final BiFunction<Collection<Long>, NotificationKind, Map<Long, Delivery>> choices;

	private final Map<NotificationKind, Map<Long, Delivery>> chosen = new EnumMap<>(NotificationKind.class);

	/**
	 * @param parties the parties of the engagements, by id
	 * @param recipients the users of the engagements' organisations
	 * @param choices what the users chose for a kind of notice, read once per kind
	 */
	Audience(Map<Long, Parties> parties, Collection<Recipient> recipients,
			BiFunction<Collection<Long>, NotificationKind, Map<Long, Delivery>> choices) {
		this.parties = parties;
		recipients
			.forEach((r) -> this.byOrganisation.computeIfAbsent(r.organisationId(), (id) -> new ArrayList<>()).add(r));
		this.recipientIds = recipients.stream().map(Recipient::id).toList();
		this.choices = choices;
	}

	/** The parties of an engagement of the run; empty when it is gone. */
	Optional<Parties> parties(Long engagementId) {
		return Optional.ofNullable(this.parties.get(engagementId));
	}

	/** The users of one side of the engagement. */
	List<Recipient> side(Parties parties, Side side) {
		return this.byOrganisation.getOrDefault((side == Side.CLIENT) ? parties.clientId() : parties.partnerId(),
				List.of());
	}

	/** The users of both sides of the engagement. */
	List<Recipient> bothSides(Parties parties) {
		List<Recipient> both = new ArrayList<>(side(parties, Side.CLIENT));
		both.addAll(side(parties, Side.PARTNER));
		return both;
	}

	/**
	 * Who owns something: the user when named (if they are on one of the sides), else the
	 * side, or both sides for a joint item.
	 */
	List<Recipient> owners(Parties parties, OwnerSide side, String username) {
		if (username != null) {
			return bothSides(parties).stream().filter((r) -> r.username().equals(username)).toList();
		}
		if (side == OwnerSide.CLIENT) {
			return side(parties, Side.CLIENT);
		}
		return (side == OwnerSide.PARTNER) ? side(parties, Side.PARTNER) : bothSides(parties);
	}

	/** What each of the recipients chose for the kind of notice. */
	Map<Long, Delivery> choices(Collection<Recipient> recipients, NotificationKind kind) {
		Map<Long, Delivery> all = this.chosen.computeIfAbsent(kind, (k) -> this.choices.apply(this.recipientIds, k));
		Map<Long, Delivery> wanted = new LinkedHashMap<>();
		recipients.forEach((r) -> wanted.put(r.id(), all.getOrDefault(r.id(), Delivery.IMMEDIATE)));
		return wanted;
	}

}
