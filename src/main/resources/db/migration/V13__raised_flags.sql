-- The quick-win flags each engagement had after its last change, so that a change which
-- raises a new flag or clears one is recorded in the history (and named on the next
-- meeting's agenda). Flags themselves stay computed from the plan.
CREATE TABLE raised_flag (
    engagement_id BIGINT NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    code VARCHAR(40) NOT NULL,
    severity VARCHAR(20) NOT NULL,
    raised_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (engagement_id, code)
);
