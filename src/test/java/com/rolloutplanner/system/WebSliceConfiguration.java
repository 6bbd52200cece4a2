package com.rolloutplanner.system;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import com.rolloutplanner.quickwin.FlagMessages;

/** What a {@code @WebMvcTest} of a page needs besides its controller. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ViewHelpers.class, FlagMessages.class })
public class WebSliceConfiguration {

	@Bean
	Clock clock() {
		return FixedClock.clock();
	}

}
