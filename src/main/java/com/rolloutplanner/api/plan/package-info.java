/**
 * The API of an engagement's plan: roadmap, gates, KPIs and their actuals, the business
 * case and its cost actuals, the service levels and credits, the cooperation pulse.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API: plan")
package com.rolloutplanner.api.plan;
