-- Notes of an agenda point may be internal: they stay in the minutes of the two
-- organisations and never reach the shared page or its guests.
ALTER TABLE agenda_point ADD COLUMN notes_internal BOOLEAN DEFAULT FALSE NOT NULL;

-- The archive keeps the minutes of meetings beside the phase reports: which document it is,
-- and for minutes the kind of meeting (the meeting itself may be cancelled later; the
-- archived PDF stays).
ALTER TABLE archived_report ADD COLUMN document VARCHAR(20) DEFAULT 'REPORT' NOT NULL;
ALTER TABLE archived_report ADD COLUMN meeting_kind VARCHAR(30);
