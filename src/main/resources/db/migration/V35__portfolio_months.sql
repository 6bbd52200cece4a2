-- The portfolio lines journeys up by go-live. The listing keeps, for each engagement, the
-- planned and the projected payback month of its business case and how many of its
-- issues wait for a response after being escalated, and for each KPI actual the month of
-- the journey, its judgement, where it stands against the old level and how far it is
-- outside the expected band (both in percent of the old level, better positive).
ALTER TABLE engagement_listing ADD COLUMN payback_planned_month INTEGER;
ALTER TABLE engagement_listing ADD COLUMN payback_projected_month INTEGER;
ALTER TABLE engagement_listing ADD COLUMN escalated_issues INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE listing_kpi_month (
    engagement_id BIGINT NOT NULL,
    kpi_id BIGINT NOT NULL,
    kpi_name VARCHAR(100) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    journey_month INTEGER NOT NULL,
    judgement VARCHAR(30) NOT NULL,
    relative_percent DOUBLE PRECISION,
    band_gap_percent DOUBLE PRECISION
);

CREATE INDEX ix_listing_kpi_month_engagement ON listing_kpi_month (engagement_id, journey_month);
CREATE INDEX ix_listing_kpi_month_month ON listing_kpi_month (journey_month, kind);

-- Written anew when the application starts, with the new columns filled.
DELETE FROM listing_kpi_gap;
DELETE FROM listing_kpi_state;
DELETE FROM listing_overdue;
DELETE FROM engagement_listing;
