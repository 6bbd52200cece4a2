package com.rolloutplanner.api;

import java.nio.charset.StandardCharsets;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcRequest;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Holds every API exchange of a test to the OpenAPI description the application serves.
 * Every answer must be one the description documents, with the shape it documents; a
 * request that succeeded must be one the description allows. (A refused request may break
 * the description: that is why it was refused.)
 *
 * <p>
 * Import it into a test class; every MockMvc exchange under {@code /api/} is then
 * checked.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiContract {

	private final WebApplicationContext context;

	private volatile OpenApiInteractionValidator validator;

	ApiContract(WebApplicationContext context) {
		this.context = context;
	}

	@Bean
	MockMvcBuilderCustomizer holdsExchangesToTheDescription() {
		return (builder) -> builder.alwaysDo(this::check);
	}

	private void check(MvcResult result) {
		if (!result.getRequest().getRequestURI().startsWith("/api/")) {
			return;
		}
		check(MockMvcRequest.of(result.getRequest()), MockMvcResponse.of(result.getResponse()));
	}

	/** Checks one exchange, whichever client made it. */
	public void check(Request request, Response response) {
		OpenApiInteractionValidator validator = validator();
		ValidationReport report = validator.validateResponse(request.getPath(), request.getMethod(), response);
		if (response.getStatus() / 100 == 2) {
			report = report.merge(validator.validateRequest(request));
		}
		if (report.hasErrors()) {
			throw new AssertionError("The exchange " + request.getMethod() + " " + request.getPath() + " → "
					+ response.getStatus() + " breaks the served OpenAPI description:\n"
					+ report.getMessages()
						.stream()
						.map((m) -> "- " + m.getKey() + ": " + m.getMessage())
						.reduce("", (a, b) -> a + b + "\n")
					+ response.getBody().orElse(""));
		}
	}

	/** A request read back from the parts a plain HTTP client has. */
	public static Request request(String method, String pathAndQuery, String contentType, String body) {
		java.net.URI uri = java.net.URI.create(pathAndQuery);
		SimpleRequest.Builder builder = new SimpleRequest.Builder(method, uri.getPath());
		if (uri.getQuery() != null) {
			for (String pair : uri.getQuery().split("&")) {
				String[] parts = pair.split("=", 2);
				builder.withQueryParam(parts[0], (parts.length > 1) ? parts[1] : "");
			}
		}
		if (contentType != null) {
			builder.withContentType(contentType);
		}
		if (body != null) {
			builder.withBody(body, StandardCharsets.UTF_8);
		}
		return builder.build();
	}

	private OpenApiInteractionValidator validator() {
		if (this.validator == null) {
			synchronized (this) {
				if (this.validator == null) {
					this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(description())
						.withLevelResolver(LevelResolver.create()
							// MockMvc logs in without a header; the login is the security
							// tests' business
							.withLevel("validation.request.security", Level.IGNORE)
							.build())
						.build();
				}
			}
		}
		return this.validator;
	}

	private String description() {
		MockMvc plain = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		try {
			return plain.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The OpenAPI description could not be read", ex);
		}
	}

}
