-- The read model of the lists (the dashboard and the API list): what they need of each
-- engagement, kept current in the transaction of every change that touches it, so that a
-- list filters, counts, sorts and pages in the database whatever the number of engagements.
-- Nothing here depends on the date shown: the phase boundaries are stored as computed by
-- the phase calendar (as dates, and as days since 1970-01-01 for arithmetic; the go-live
-- also as year * 12 + month and day of month, for the month of the journey), and what
-- changes with the date is stored as steps valid from one date until another.
CREATE TABLE engagement_listing (
    engagement_id BIGINT NOT NULL PRIMARY KEY REFERENCES engagement (id) ON DELETE CASCADE,
    name VARCHAR(200) NOT NULL,
    sort_name VARCHAR(200) NOT NULL,
    client_organisation_id BIGINT NOT NULL,
    partner_organisation_id BIGINT NOT NULL,
    go_live_date DATE NOT NULL,
    contract_months INTEGER NOT NULL,
    learning_from DATE NOT NULL,
    established_from DATE NOT NULL,
    continuous_from DATE NOT NULL,
    go_live_day INTEGER NOT NULL,
    learning_day INTEGER NOT NULL,
    established_day INTEGER NOT NULL,
    continuous_day INTEGER NOT NULL,
    go_live_month INTEGER NOT NULL,
    go_live_day_of_month INTEGER NOT NULL,
    open_critical INTEGER NOT NULL,
    open_warnings INTEGER NOT NULL,
    next_due_date DATE,
    next_due_kind VARCHAR(20),
    next_due_title VARCHAR(300),
    next_due_title_key VARCHAR(120)
);
CREATE INDEX ix_listing_client ON engagement_listing (client_organisation_id, go_live_date);
CREATE INDEX ix_listing_partner ON engagement_listing (partner_organisation_id, go_live_date);
CREATE INDEX ix_listing_go_live ON engagement_listing (go_live_date, sort_name);

-- How many open items of an engagement are overdue on the days from valid_from until
-- valid_until (exclusive; open-ended when null). Days without a row have none overdue.
CREATE TABLE listing_overdue (
    engagement_id BIGINT NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    valid_from DATE NOT NULL,
    valid_until DATE,
    overdue_count INTEGER NOT NULL,
    PRIMARY KEY (engagement_id, valid_from)
);

-- How the KPIs of an engagement stand on the days from valid_from until valid_until: the
-- latest actual of each KPI up to the month of the journey, judged against its band.
-- Engagements without KPIs have no row.
CREATE TABLE listing_kpi_state (
    engagement_id BIGINT NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    valid_from DATE NOT NULL,
    valid_until DATE,
    kpis INTEGER NOT NULL,
    judged INTEGER NOT NULL,
    below INTEGER NOT NULL,
    better INTEGER NOT NULL,
    concern DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (engagement_id, valid_from)
);
