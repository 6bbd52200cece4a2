-- The days on which a KPI of an engagement lacks the actual of the last completed month of
-- the journey, from valid_from until valid_until (exclusive; open-ended when null): one row
-- per run of months without actuals, kept with the rest of the listing, so that what waits
-- for a side finds the missing actuals without reading any KPI or actual.
CREATE TABLE listing_kpi_gap (
    engagement_id BIGINT NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    kpi_name VARCHAR(100) NOT NULL,
    valid_from DATE NOT NULL,
    valid_until DATE,
    PRIMARY KEY (engagement_id, kpi_name, valid_from)
);

-- Written anew for every engagement at the next start (an engagement without its listing
-- gets it then), so that every engagement has its gaps.
DELETE FROM listing_kpi_state;
DELETE FROM listing_overdue;
DELETE FROM engagement_listing;
