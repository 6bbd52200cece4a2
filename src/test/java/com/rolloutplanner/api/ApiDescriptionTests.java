package com.rolloutplanner.api;

import com.atlassian.oai.validator.model.SimpleResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rolloutplanner.RolloutIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The served OpenAPI description says what the API answers, and nothing else. */
@RolloutIntegrationTest
class ApiDescriptionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiContract contract;

	@Test
	void everyOperationDocumentsTheStatusesItAnswers() {
		MvcTestResult description = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(description).hasStatusOk();
		assertThat(description).bodyJson()
			.extractingPath("$.paths['/api/engagements'].post.responses")
			.asMap()
			.containsOnlyKeys("201", "400", "401", "403", "406", "415");
		assertThat(description).bodyJson()
			.extractingPath("$.paths['/api/engagements/{id}'].delete.responses")
			.asMap()
			.containsOnlyKeys("204", "400", "401", "403", "404", "406");
		assertThat(description).bodyJson()
			.extractingPath("$.paths['/api/engagements/{id}'].put.responses")
			.asMap()
			.containsOnlyKeys("200", "400", "401", "403", "404", "406", "409", "415");
		assertThat(description).bodyJson()
			.extractingPath("$.paths['/api/engagements/{id}/kpis/{kpiId}/actuals'].post.responses")
			.asMap()
			.containsKeys("409");
		assertThat(description).bodyJson()
			.extractingPath("$.paths['/api/organisations'].get.responses")
			.asMap()
			.containsOnlyKeys("200", "401", "403", "406");
		assertThat(description).bodyJson()
			.extractingPath("$.paths['/api/engagements/{id}'].get.responses['404'].content")
			.asMap()
			.containsOnlyKeys("application/problem+json");
	}

	@Test
	void nullableFieldsSaySoAndRequiredNamesCannotBeEmpty() {
		MvcTestResult description = this.mvc.get().uri("/v3/api-docs").exchange();

		assertThat(description).bodyJson()
			.extractingPath("$.components.schemas.EngagementRequest.properties.name.minLength")
			.isEqualTo(1);
		assertThat(description).bodyJson()
			.extractingPath("$.components.schemas.EngagementDetail.properties.learningPlan.nullable")
			.isEqualTo(true);
		assertThat(description).bodyJson()
			.extractingPath("$.components.schemas.EngagementDetail.properties.name")
			.asMap()
			.doesNotContainKey("nullable");
		assertThat(description).bodyJson()
			.extractingPath("$.components.schemas.EngagementDetail.required")
			.asArray()
			.contains("learningPlan", "name", "placement", "flags");
		assertThat(description).bodyJson()
			.extractingPath("$.components.schemas.EngagementRequest.required")
			.asArray()
			.doesNotContain("learningPlan", "version");
		assertThat(description).bodyJson()
			.extractingPath("$.components.schemas.PlacementJson.properties.nextPhaseStart.nullable")
			.isEqualTo(true);
	}

	@Test
	void theContractRefusesAnAnswerTheDescriptionDoesNotDocument() {
		assertThatThrownBy(() -> this.contract.check(ApiContract.request("DELETE", "/api/engagements/1", null, null),
				SimpleResponse.Builder.status(200).build()))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("200");
		assertThatThrownBy(() -> this.contract.check(ApiContract.request("GET", "/api/organisations", null, null),
				SimpleResponse.Builder.status(200)
					.withContentType("application/json")
					.withBody("[{\"id\": 1, \"name\": null}]")
					.build()))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("name");
		assertThatThrownBy(() -> this.contract.check(
				ApiContract.request("POST", "/api/engagements", "application/json",
						"{\"name\": \"\", \"contractModel\": \"PILOT\"}"),
				SimpleResponse.Builder.status(201).withContentType("application/json").withBody("{}").build()))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("minLength");
	}

}
