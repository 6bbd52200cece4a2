-- Sessions of a user that began before this moment are ended at their next request: set
-- by a password change (other sessions), an administrator's reset (all of them) and
-- "log out everywhere".
ALTER TABLE user_account ADD COLUMN sessions_since TIMESTAMP WITH TIME ZONE;
