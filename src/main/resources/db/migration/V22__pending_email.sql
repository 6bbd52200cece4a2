-- A new mail address waits here until its owner confirms it from a mail sent to it (a
-- one-time link, stored as a hash, good for 24 hours); mails go to the last confirmed one.
ALTER TABLE user_account ADD COLUMN pending_email VARCHAR(254);
ALTER TABLE user_account ADD COLUMN pending_email_token_hash VARCHAR(100);
ALTER TABLE user_account ADD COLUMN pending_email_sent_at TIMESTAMP WITH TIME ZONE;
