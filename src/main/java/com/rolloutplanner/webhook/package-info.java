/**
 * Webhooks: an organisation's managers register addresses that are told of chosen events
 * of their engagements (signatures, approved minutes, KPIs below their band, critical
 * flags, issues), posted after the change commits through an outbox of deliveries, signed
 * with the webhook's secret, as JSON or as a Microsoft Teams card.
 */
package com.rolloutplanner.webhook;
