-- The listing also says how many critical issues are open and since when a response is
-- owed (the earliest due date of an issue still waiting for one), and the latest scores
-- of the cooperation pulse both sides gave, with the trend of each and whether they call
-- for attention (a side at 3.0 or below, or fallen by half a point).
ALTER TABLE engagement_listing ADD COLUMN open_critical_issues INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE engagement_listing ADD COLUMN issue_due_date DATE;
ALTER TABLE engagement_listing ADD COLUMN pulse_month INTEGER;
ALTER TABLE engagement_listing ADD COLUMN pulse_client NUMERIC(3, 1);
ALTER TABLE engagement_listing ADD COLUMN pulse_partner NUMERIC(3, 1);
ALTER TABLE engagement_listing ADD COLUMN pulse_client_trend VARCHAR(10);
ALTER TABLE engagement_listing ADD COLUMN pulse_partner_trend VARCHAR(10);
ALTER TABLE engagement_listing ADD COLUMN pulse_low INTEGER DEFAULT 0 NOT NULL;

-- Written anew when the application starts, with the new columns filled.
DELETE FROM listing_kpi_gap;
DELETE FROM listing_kpi_state;
DELETE FROM listing_overdue;
DELETE FROM engagement_listing;
