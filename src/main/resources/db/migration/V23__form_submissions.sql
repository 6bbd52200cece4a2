-- Each form a page shows carries a one-time id; a form sent again with the same id (a double
-- click, a reload of the answer, the back button) is recognised here and not done twice.
-- Rows older than two days are deleted.
CREATE TABLE form_submission (
    submission_id VARCHAR(40) NOT NULL PRIMARY KEY,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_form_submission_sent_at ON form_submission (sent_at);
