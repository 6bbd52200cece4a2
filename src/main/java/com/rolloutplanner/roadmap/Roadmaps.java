package com.rolloutplanner.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.quickwin.PlanContributor;
import com.rolloutplanner.quickwin.QuickWinSubject.Contribution;
import com.rolloutplanner.quickwin.QuickWinSubject.PlanItem;
import com.rolloutplanner.roadmap.RoadmapItem.Plan;

/**
 * The roadmaps of engagements, behind the same access check as the engagement itself;
 * every change goes to the engagement's history. The roadmap also counts for the
 * quick-win rules.
 */
@Service
@Transactional(readOnly = true)
public class Roadmaps implements PlanContributor {

	private final RoadmapItemRepository items;

	private final Engagements engagements;

	private final Clock clock;

	Roadmaps(RoadmapItemRepository items, Engagements engagements, Clock clock) {
		this.items = items;
		this.engagements = engagements;
		this.clock = clock;
	}

	/** The items of a visible engagement, by due date. */
	public List<RoadmapItem> items(Long engagementId, CurrentUser user) {
		return items(engagementId, user.access());
	}

	public List<RoadmapItem> items(Long engagementId, com.rolloutplanner.account.Access access) {
		this.engagements.read(engagementId, access, Engagement::getId);
		return this.items.findByEngagementIdOrderByDueDateAscIdAsc(engagementId);
	}

	RoadmapItem item(Long engagementId, Long itemId, CurrentUser user) {
		this.engagements.read(engagementId, user.access(), Engagement::getId);
		return this.items.findByIdAndEngagementId(itemId, engagementId)
			.orElseThrow(() -> new RoadmapItemNotFoundException(itemId));
	}

	@Transactional
	RoadmapItem add(Long engagementId, Plan plan, CurrentUser user) {
		this.engagements.read(engagementId, user.access(), Engagement::getId);
		RoadmapItem item = this.items.save(new RoadmapItem(engagementId, plan, this.clock.instant()));
		this.engagements.recordEvent(engagementId, user.access(), user.signature(), "ROADMAP_ADDED", "roadmap", null,
				describe(plan));
		return item;
	}

	/**
	 * @throws org.springframework.orm.ObjectOptimisticLockingFailureException if stale
	 */
	@Transactional
	void change(Long engagementId, Long itemId, long basedOnVersion, Plan plan, CurrentUser user) {
		RoadmapItem item = item(engagementId, itemId, user);
		if (item.getVersion() != basedOnVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(RoadmapItem.class, itemId);
		}
		String before = describe(item.plan());
		item.change(plan, this.clock.instant());
		this.items.saveAndFlush(item);
		if (!before.equals(describe(plan))) {
			this.engagements.recordEvent(engagementId, user.access(), user.signature(), "ROADMAP_CHANGED", "roadmap",
					before, describe(plan));
		}
	}

	@Transactional
	void remove(Long engagementId, Long itemId, CurrentUser user) {
		RoadmapItem item = item(engagementId, itemId, user);
		this.items.delete(item);
		this.engagements.recordEvent(engagementId, user.access(), user.signature(), "ROADMAP_REMOVED", "roadmap",
				describe(item.plan()), null);
	}

	/**
	 * @return how many items were added; none when the roadmap already has items
	 */
	@Transactional
	public int addStarter(Long engagementId, java.util.function.Function<String, String> text, CurrentUser user) {
		LocalDate goLive = this.engagements.read(engagementId, user.access(), Engagement::getGoLiveDate);
		if (this.items.existsByEngagementId(engagementId)) {
			return 0;
		}
		List<Plan> plans = StarterRoadmap.plan(goLive, text);
		plans.forEach((plan) -> add(engagementId, plan, user));
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

	private static String describe(Plan plan) {
		return plan.title() + " | " + plan.dueDate() + " | " + plan.ownerSide() + " | " + plan.status()
				+ (plan.addressesDip() ? " | dip" : "");
	}

}
