-- The notices of the daily checks already handled, by their key: the checks look back a week
-- and find the same items every day, and each notice is sent once however often they run.
-- Kept for a month.
CREATE TABLE daily_notice (
    dedup_key VARCHAR(300) PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_daily_notice_created ON daily_notice (created_at);
