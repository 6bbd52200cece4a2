-- A job that writes in several short transactions marks its period finished; a period
-- claimed long ago and never finished (the instance stopped midway) may be run again by
-- another instance, whose writes are each made once per key.
ALTER TABLE scheduled_run ADD COLUMN finished_at TIMESTAMP WITH TIME ZONE;
-- Every period claimed so far was claimed and run in one transaction: finished when claimed.
UPDATE scheduled_run SET finished_at = claimed_at;
