-- Organisation names and the KPI names of an engagement are unique whatever their case, in
-- the database itself, so that two people adding "Acme" and "ACME" at the same moment cannot
-- both succeed. The key is the lower-cased name, kept by the application.
ALTER TABLE organisation ADD COLUMN name_key VARCHAR(200);
UPDATE organisation SET name_key = LOWER(name);
ALTER TABLE organisation ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE organisation ADD CONSTRAINT uk_organisation_name_key UNIQUE (name_key);

ALTER TABLE kpi ADD COLUMN name_key VARCHAR(100);
UPDATE kpi SET name_key = LOWER(name);
ALTER TABLE kpi ALTER COLUMN name_key SET NOT NULL;
ALTER TABLE kpi ADD CONSTRAINT uk_kpi_name_key UNIQUE (engagement_id, name_key);
