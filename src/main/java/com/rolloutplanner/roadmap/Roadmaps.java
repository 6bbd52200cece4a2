package com.rolloutplanner.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.due.DueContributor;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.FieldChange;
import com.rolloutplanner.quickwin.PlanContributor;
import com.rolloutplanner.quickwin.QuickWinSubject.Contribution;
import com.rolloutplanner.quickwin.QuickWinSubject.PlanItem;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemAdded;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemChanged;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemRemoved;
import com.rolloutplanner.roadmap.RoadmapItem.Plan;
import com.rolloutplanner.system.StaleVersionException;

/**
 * The roadmaps of engagements, behind the same access check as the engagement itself;
 * every change is published as an event. The roadmap also counts for the quick-win rules.
 */
@Service
@Transactional(readOnly = true)
public class Roadmaps implements PlanContributor, DueContributor {

	private final RoadmapItemRepository items;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EngagementLocks locks;

	Roadmaps(RoadmapItemRepository items, Engagements engagements, ApplicationEventPublisher events, Clock clock,
			EngagementLocks locks) {
		this.locks = locks;
		this.items = items;
		this.engagements = engagements;
		this.events = events;
		this.clock = clock;
	}

	/** The items of a visible engagement, by due date. */
	public List<RoadmapItem> items(Long engagementId, CurrentUser user) {
		return items(engagementId, user.access());
	}

	/**
	 * The items not done that fall due on the days from {@code from} until {@code until}
	 * (exclusive) across every engagement, the first {@code limit} by date: what became
	 * overdue.
	 */
	public List<RoadmapItem> openItemsDueBetween(LocalDate from, LocalDate until, int limit) {
		return this.items.findOpenDueBetween(from, until, org.springframework.data.domain.PageRequest.of(0, limit));
	}

	public List<RoadmapItem> items(Long engagementId, com.rolloutplanner.account.Access access) {
		this.engagements.parties(engagementId, access);
		return this.items.findByEngagementIdOrderByDueDateAscIdAsc(engagementId);
	}

	public RoadmapItem item(Long engagementId, Long itemId, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		return this.items.findByIdAndEngagementId(itemId, engagementId)
			.orElseThrow(() -> new RoadmapItemNotFoundException(itemId));
	}

	@Transactional
	public RoadmapItem add(Long engagementId, Plan plan, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		RoadmapItem item = this.items.save(new RoadmapItem(engagementId, plan, this.clock.instant()));
		this.events.publishEvent(
				new RoadmapItemAdded(engagementId, item.getId(), plan.title(), plan.dueDate(), user.signature()));
		return item;
	}

	/**
	 * @throws StaleVersionException if someone saved the item after
	 * {@code basedOnVersion}
	 */
	@Transactional
	public void change(Long engagementId, Long itemId, Long basedOnVersion, Plan plan, CurrentUser user) {
		RoadmapItem item = item(engagementId, itemId, user);
		StaleVersionException.requireCurrent("Roadmap item", itemId, item.getVersion(), basedOnVersion);
		Plan before = item.plan();
		item.change(plan, this.clock.instant());
		try {
			this.items.saveAndFlush(item);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("Roadmap item", itemId);
		}
		List<FieldChange> changes = FieldChange.between(values(before), values(item.plan()));
		if (!changes.isEmpty()) {
			this.events
				.publishEvent(new RoadmapItemChanged(engagementId, itemId, before.title(), changes, user.signature()));
		}
	}

	/**
	 * Adds a deleted item back as it was, its starter text key included (an unknown key
	 * is dropped).
	 * @return the item, or {@code null} when it is back already
	 */
	@Transactional
	public RoadmapItem restore(Long engagementId, Plan plan, String textKey, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		// An undo is used once: sent again (or twice at once), it finds the item back.
		this.locks.lock(engagementId);
		boolean back = this.items.findByEngagementIdOrderByDueDateAscIdAsc(engagementId)
			.stream()
			.anyMatch((i) -> i.getTitle().equals(plan.title().strip()) && i.getDueDate().equals(plan.dueDate()));
		if (back) {
			return null;
		}
		RoadmapItem item = add(engagementId, plan, user);
		if (textKey != null && StarterRoadmap.KEYS.contains(textKey)) {
			item.speakStarter(textKey);
		}
		return item;
	}

	@Transactional
	public void remove(Long engagementId, Long itemId, CurrentUser user) {
		RoadmapItem item = item(engagementId, itemId, user);
		this.items.delete(item);
		this.events.publishEvent(new RoadmapItemRemoved(engagementId, item.getTitle(), user.signature()));
	}

	/**
	 * @return how many items were added; none when the roadmap already has items
	 */
	@Transactional
	public int addStarter(Long engagementId, java.util.function.Function<String, String> text, CurrentUser user) {
		return addStarter(engagementId, text, user, LocalDate.now(this.clock), null);
	}

	/**
	 * The starter roadmap as it would stand had it been added on {@code placedFrom}, with
	 * the items due before {@code doneBefore} (if given) done: for a journey recorded
	 * afterwards, such as the demo data.
	 */
	@Transactional
	public int addStarter(Long engagementId, java.util.function.Function<String, String> text, CurrentUser user,
			LocalDate placedFrom, LocalDate doneBefore) {
		LocalDate goLive = this.engagements.parties(engagementId, user.access()).goLive();
		if (this.items.existsByEngagementId(engagementId)) {
			return 0;
		}
		List<StarterRoadmap.Keyed> plans = StarterRoadmap.plan(goLive, placedFrom, text);
		for (StarterRoadmap.Keyed keyed : plans) {
			Plan plan = keyed.plan();
			boolean done = doneBefore != null && plan.dueDate().isBefore(doneBefore);
			RoadmapItem item = add(engagementId, done ? new Plan(plan.title(), plan.description(), plan.dueDate(),
					plan.ownerSide(), ItemStatus.DONE, plan.addressesDip()) : plan, user);
			item.speakStarter(keyed.key());
		}
		return plans.size();
	}

	@Override
	public Map<Long, Contribution> contributions(Map<Long, LocalDate> goLives) {
		return this.items.findByEngagementIdIn(goLives.keySet())
			.stream()
			.collect(Collectors.groupingBy(RoadmapItem::getEngagementId))
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(e) -> new Contribution(e.getValue()
						.stream()
						.map((item) -> new PlanItem(item.getTitle(), item.getDescription(),
								item.placement(goLives.get(e.getKey())).monthOfJourney() - 1, item.isAddressesDip()))
						.toList(), List.of())));
	}

	@Override
	public Map<Long, List<DueItem>> dueItems(Map<Long, LocalDate> goLives) {
		return this.items.findByEngagementIdIn(goLives.keySet())
			.stream()
			.collect(Collectors.groupingBy(RoadmapItem::getEngagementId, Collectors
				.mapping((item) -> dueItem(item).withRef("roadmap-" + item.getId()), Collectors.toList())));
	}

	/**
	 * A starter item that nobody has edited is due under its key, in the reader's words.
	 */
	private static DueItem dueItem(RoadmapItem item) {
		boolean done = item.getStatus() == ItemStatus.DONE;
		return (item.getTextKey() != null)
				? DueItem.keyed(DueKind.ROADMAP_ITEM, item.getTextKey() + ".title", item.getDueDate(), done)
				: DueItem.titled(DueKind.ROADMAP_ITEM, item.getTitle(), item.getDueDate(), done);
	}

	private static Map<String, Object> values(Plan plan) {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("roadmap.title", plan.title());
		values.put("roadmap.description", plan.description());
		values.put("roadmap.dueDate", plan.dueDate());
		values.put("roadmap.ownerSide", plan.ownerSide());
		values.put("roadmap.status", plan.status());
		values.put("roadmap.addressesDip", plan.addressesDip());
		return values;
	}

}
