package com.rolloutplanner.engagement;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.system.Caches;

/**
 * What the engagement overview shows: the engagement on the as-of date and what the other
 * modules' sections add ({@link OverviewSection}), some twenty-five reads. Kept as data
 * by the engagement's version (its listing row's write number), the reader's access and
 * organisation, the as-of date and today, all it depends on.
 */
@Component
public class Overviews {

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final List<OverviewSection> sections;

	Overviews(Engagements engagements, QuickWinAssessor assessor, List<OverviewSection> sections) {
		this.engagements = engagements;
		this.assessor = assessor;
		this.sections = sections;
	}

	/** The overview's model; a missing or hidden engagement is not found. */
	public Map<String, Object> assemble(Long id, CurrentUser user, LocalDate asOf) {
		ExtendedModelMap model = new ExtendedModelMap();
		model.addAttribute("engagement",
				this.engagements.read(id, user.access(), (e) -> EngagementView.of(e, asOf, this.assessor)));
		this.sections.forEach((section) -> section.addTo(model, id, user, asOf));
		return Collections.unmodifiableMap(new LinkedHashMap<>(model));
	}

	/** The same, kept while the engagement's version is the same. */
	@Cacheable(cacheNames = Caches.OVERVIEWS,
			key = "{#version, #id, #user.access(), #user.getOrganisationId(), #asOf, #today}")
	public Map<String, Object> kept(long version, Long id, CurrentUser user, LocalDate asOf, LocalDate today) {
		return assemble(id, user, asOf);
	}

}
