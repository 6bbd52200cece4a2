package com.rolloutplanner;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void featurePackagesHaveNoCyclesAndUseOnlyEachOthersApi() {
		ApplicationModules.of(Application.class).verify();
	}

}
