/**
 * The service level the two sides agree for each KPI: a glide path of targets that rise
 * over the first months, a credit holiday before the first, service credits for missed
 * months (capped per month) and their earn-back; the monthly service-credit table, from
 * the KPIs' actuals and the business case's planned fee.
 */
package com.rolloutplanner.servicelevel;
