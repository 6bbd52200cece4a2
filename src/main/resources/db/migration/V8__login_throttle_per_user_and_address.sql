-- The login throttle counts failures per username and client address, and per client
-- address, so that a stranger cannot lock a known user out from elsewhere. Its rows are
-- short-lived counters: they are not carried over.
DROP TABLE login_throttle;

CREATE TABLE login_throttle (
    throttle_key VARCHAR(200) PRIMARY KEY,
    username VARCHAR(100),
    address VARCHAR(64) NOT NULL,
    failures INTEGER NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE,
    locked_until TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_login_throttle_username ON login_throttle (username);
CREATE INDEX ix_login_throttle_window ON login_throttle (window_start);
