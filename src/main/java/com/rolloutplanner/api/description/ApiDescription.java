package com.rolloutplanner.api.description;

import com.rolloutplanner.api.ApiExports;
import com.rolloutplanner.api.ApiModels;
import com.rolloutplanner.api.PortfolioApi;
import com.rolloutplanner.api.plan.BusinessCaseApi;
import com.rolloutplanner.api.plan.PulseApi;
import com.rolloutplanner.api.plan.ServiceLevelApi;
import com.rolloutplanner.api.steering.ChangeRequestApi;
import com.rolloutplanner.api.steering.IssueApi;
import com.rolloutplanner.api.steering.SteeringApi;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes the served OpenAPI description say exactly what the API does: every status an
 * operation can answer, problem details for every failure, which fields are always
 * present and which may be null, and the shortest text the server accepts.
 *
 * <p>
 * Nullability is declared once, in Java, with JSpecify's {@link Nullable} on the record
 * components of {@link ApiModels}; a response always carries every field (nulls
 * included), so every field of a response shape is required.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String PROBLEM = "Problem";

	/** Shapes that clients send; their required fields come from the validation rules. */
	private static final Set<Class<?>> REQUESTS = Set.of(ApiModels.EngagementRequest.class,
			ApiModels.PreviewRequest.class, ApiModels.ActualRequest.class, ApiModels.KpiRequest.class,
			ApiModels.GoalJson.class, SteeringApi.ActionRequest.class, ApiModels.BusinessCaseRequest.class,
			BusinessCaseApi.CostActualRequest.class, ApiModels.PlannedCosts.class, ApiModels.Investments.class,
			ServiceLevelApi.ServiceLevelJson.class, ServiceLevelApi.StepJson.class, ServiceLevelApi.CapJson.class,
			PulseApi.PulseAnswerRequest.class, PulseApi.AnswersJson.class, IssueApi.IssueRequest.class,
			IssueApi.IssueTextRequest.class, IssueApi.RiskRequest.class, IssueApi.HappenedRequest.class,
			ChangeRequestApi.ChangeRequestJson.class, ChangeRequestApi.DecisionRequest.class);

	/** The classes whose nested records are the API's shapes. */
	private static final List<Class<?>> SHAPES = List.of(ApiModels.class, SteeringApi.class, BusinessCaseApi.class,
			ServiceLevelApi.class, PulseApi.class, IssueApi.class, ChangeRequestApi.class, PortfolioApi.class);

	@Bean
	OpenApiCustomizer exactShapes() {
		return (openApi) -> {
			openApi.info(new Info().title("Rollout Planner API")
				.version("1")
				.description("Engagements, their phase on any date, quick-win flags and KPIs. "
						+ "Every failure answers RFC 9457 problem details in the caller's language "
						+ "(Accept-Language: en or fi)."));
			Components components = (openApi.getComponents() != null) ? openApi.getComponents() : new Components();
			openApi.components(components);
			components.addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal API token (rp_…), created under \"API tokens\"; a read-only "
								+ "token may only GET."));
			components.addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("Username and password, behind the login throttle; kept for compatibility."));
			openApi.addSecurityItem(new SecurityRequirement().addList("token"));
			openApi.addSecurityItem(new SecurityRequirement().addList("basic"));
			components.addSchemas(PROBLEM, problemSchema());
			// The list routes that also answer every row as a file (ApiExports).
			for (String route : ApiExports.ROUTES) {
				io.swagger.v3.oas.models.PathItem item = (openApi.getPaths() != null) ? openApi.getPaths().get(route)
						: null;
				if (item != null && item.getGet() != null && item.getGet().getResponses() != null
						&& item.getGet().getResponses().get("200") != null) {
					io.swagger.v3.oas.models.responses.ApiResponse ok = item.getGet().getResponses().get("200");
					Content content = (ok.getContent() != null) ? ok.getContent() : new Content();
					content.addMediaType(com.rolloutplanner.export.Spreadsheets.XLSX,
							new MediaType().schema(new StringSchema().format("binary")));
					content.addMediaType("text/csv", new MediaType().schema(new StringSchema()));
					ok.setContent(content);
					ok.setDescription(ok.getDescription() + " With Accept: text/csv or the XLSX media type, every row "
							+ "as a file (no paging), named with the day.");
				}
			}
			Map<String, Schema> schemas = (components.getSchemas() != null) ? components.getSchemas() : Map.of();
			for (Class<?> holder : SHAPES) {
				for (Class<?> shape : holder.getDeclaredClasses()) {
					Schema<?> schema = schemas.get(shape.getSimpleName());
					if (shape.isRecord() && schema != null) {
						describe(shape, schema);
					}
				}
			}
		};
	}

	@Bean
	OperationCustomizer everyAnswer() {
		return (operation, handler) -> {
			answers(operation, handler);
			return operation;
		};
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void describe(Class<?> shape, Schema schema) {
		boolean request = REQUESTS.contains(shape);
		List<String> required = new ArrayList<>();
		Map<String, Schema> properties = (schema.getProperties() != null) ? schema.getProperties() : Map.of();
		for (RecordComponent component : shape.getRecordComponents()) {
			Schema property = properties.get(component.getName());
			if (property == null) {
				continue;
			}
			boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
			if (nullable) {
				property.setNullable(true);
			}
			if (request && component.getAccessor().isAnnotationPresent(NotBlank.class)) {
				property.setMinLength(1);
			}
			if (!request) {
				required.add(component.getName());
			}
		}
		if (!request) {
			schema.setRequired(required);
		}
		else {
			// The server refuses every key that is not described (and any key sent
			// twice).
			schema.setAdditionalProperties(false);
		}
	}

	private static void answers(Operation operation, HandlerMethod handler) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.setResponses(responses);
		MethodParameter[] parameters = handler.getMethodParameters();
		boolean path = Arrays.stream(parameters).anyMatch((p) -> p.hasParameterAnnotation(PathVariable.class));
		boolean body = Arrays.stream(parameters).anyMatch((p) -> p.hasParameterAnnotation(RequestBody.class));
		boolean query = Arrays.stream(parameters).anyMatch((p) -> p.hasParameterAnnotation(RequestParam.class));
		Map<String, String> failures = new LinkedHashMap<>();
		if (path || body || query) {
			failures.put("400", "Invalid fields; each is named with a message in the caller's language.");
		}
		failures.put("401", "Not logged in (HTTP Basic), or the login is locked for a while.");
		failures.put("403", "The account still has a one-time password: replace it on the pages first.");
		if (path) {
			failures.put("404", "No such engagement (KPI, business case), or not one of the caller's organisation.");
		}
		failures.put("406", "The client does not accept JSON.");
		if (body) {
			failures.put("415", "The body is not JSON (Content-Type: application/json).");
		}
		failures.forEach((status, description) -> {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, problem(description));
			}
		});
		// a 409 (and a 404 worded for the operation) is documented on the operations that
		// can answer it (with @ApiResponse); every failure answers problem details
		responses.forEach((status, response) -> {
			if (status.startsWith("4")) {
				response.setContent(problemContent());
			}
		});
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(problemContent());
	}

	private static Content problemContent() {
		return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> problemSchema() {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema())
			.required(List.of("field", "message"));
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", new StringSchema().format("uri"));
		properties.put("title", new StringSchema());
		properties.put("status", new IntegerSchema().format("int32"));
		properties.put("detail", new StringSchema());
		properties.put("instance", new StringSchema().format("uri"));
		properties.put("errors", new ArraySchema().items(fieldError));
		ObjectSchema problem = new ObjectSchema();
		problem.setProperties(properties);
		problem.setRequired(List.of("type", "title", "status", "detail"));
		problem.setDescription("RFC 9457 problem details; errors names each invalid field.");
		return problem;
	}

}
