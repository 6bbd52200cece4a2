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

import com.rolloutplanner.system.IntegrationTestConfiguration;
import com.rolloutplanner.system.TestClockReset;

/**
 * A test of the product as deployed with its demo: the demo data loaded into an in-memory
 * database of its own, a running server behind a proxy named 127.0.0.1, the production's
 * pool wait. Every class so annotated shares one Spring context and server (one movable
 * clock, set back before each test). Tests here walk and change the demo as a user would;
 * what they add, they name as their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rollout.demo-data.enabled=true",
				"spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa", "spring.datasource.password=",
				"server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(IntegrationTestConfiguration.class)
@TestExecutionListeners(listeners = TestClockReset.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface RolloutDemoTest {

}
