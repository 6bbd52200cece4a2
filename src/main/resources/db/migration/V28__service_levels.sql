-- The glide path agreed for a KPI: its credit, its earn-back and its steps.
CREATE TABLE service_level (
    kpi_id BIGINT PRIMARY KEY REFERENCES kpi (id) ON DELETE CASCADE,
    engagement_id BIGINT NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    credit_percent INTEGER NOT NULL CHECK (credit_percent BETWEEN 0 AND 20),
    earn_back_months INTEGER NOT NULL CHECK (earn_back_months BETWEEN 0 AND 12),
    version BIGINT NOT NULL DEFAULT 0
);

CREATE INDEX ix_service_level_engagement ON service_level (engagement_id);

CREATE TABLE service_level_step (
    kpi_id BIGINT NOT NULL REFERENCES service_level (kpi_id) ON DELETE CASCADE,
    from_month INTEGER NOT NULL CHECK (from_month BETWEEN 1 AND 240),
    target NUMERIC(19, 4) NOT NULL,
    CONSTRAINT pk_service_level_step PRIMARY KEY (kpi_id, from_month)
);

-- The cap of an engagement's monthly service credits, once the sides change it.
CREATE TABLE credit_cap (
    engagement_id BIGINT PRIMARY KEY REFERENCES engagement (id) ON DELETE CASCADE,
    cap_percent INTEGER NOT NULL CHECK (cap_percent BETWEEN 0 AND 50),
    version BIGINT NOT NULL DEFAULT 0
);
