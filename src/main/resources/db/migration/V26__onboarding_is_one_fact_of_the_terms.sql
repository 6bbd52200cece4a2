-- Onboarding is one fact of the engagement's terms (hours and budget); the business case
-- values the hours at its hourly rate and no longer keeps hours or a budget of its own.
-- Where the terms were silent and the business case held onboarding, the terms take it.
UPDATE engagement SET onboarding_budget_eur = (
        SELECT CAST(ROUND(b.onboarding_budget, 0) AS BIGINT) FROM business_case b WHERE b.engagement_id = engagement.id)
    WHERE (onboarding_budget_eur IS NULL OR onboarding_budget_eur = 0)
      AND EXISTS (SELECT 1 FROM business_case b WHERE b.engagement_id = engagement.id AND b.onboarding_budget > 0);
UPDATE engagement SET onboarding_hours = (
        SELECT LEAST(b.onboarding_hours_client + b.onboarding_hours_partner, 1000000)
        FROM business_case b WHERE b.engagement_id = engagement.id)
    WHERE (onboarding_hours IS NULL OR onboarding_hours = 0)
      AND EXISTS (SELECT 1 FROM business_case b WHERE b.engagement_id = engagement.id
                  AND b.onboarding_hours_client + b.onboarding_hours_partner > 0);
ALTER TABLE business_case DROP COLUMN onboarding_budget;
ALTER TABLE business_case DROP COLUMN onboarding_hours_client;
ALTER TABLE business_case DROP COLUMN onboarding_hours_partner;
-- The listing rows of engagements with a business case are written again at the next start
-- (their payback may have moved).
DELETE FROM engagement_listing WHERE engagement_id IN (SELECT engagement_id FROM business_case);
