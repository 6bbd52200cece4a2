/**
 * The served OpenAPI description of the API: every status an operation can answer,
 * problem details for every failure, which fields are always present and which may be
 * null, and the shortest text the server accepts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API: description")
package com.rolloutplanner.api.description;
