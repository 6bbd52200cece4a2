package com.rolloutplanner.system;

import java.time.ZoneId;
import java.util.List;

/** The time zones a user can choose: the regions of the world by their cities. */
public final class TimeZones {

	/** Every zone offered, by name. */
	public static final List<String> OFFERED = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((z) -> z.matches("^(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+$"))
		.sorted()
		.toList();

	private TimeZones() {
	}

}
