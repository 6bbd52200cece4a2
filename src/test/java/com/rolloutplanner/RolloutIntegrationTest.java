package com.rolloutplanner;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import com.rolloutplanner.api.ApiContract;
import com.rolloutplanner.system.IntegrationTestConfiguration;
import com.rolloutplanner.system.StatementCounting;
import com.rolloutplanner.system.TestClockReset;

/**
 * An integration test of the whole application on the real database, through MockMvc or
 * through the running server on a random port: every class so annotated shares one Spring
 * context and server (one movable clock, set back before each test; API answers held to
 * the description; statements counted; a pool for ten requests at once; the tests' mail
 * server). Each test makes its own organisations and users.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
				"spring.datasource.hikari.maximum-pool-size=10", "spring.datasource.hikari.connection-timeout=20000" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ IntegrationTestConfiguration.class, ApiContract.class, StatementCounting.class })
@TestExecutionListeners(listeners = TestClockReset.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface RolloutIntegrationTest {

}
