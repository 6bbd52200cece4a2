-- An organisation's own OpenID Connect provider: where it is (the issuer, found by
-- discovery), the client this product is there (the secret kept encrypted with a key from
-- the configuration), the mail domains it vouches for, whether its users may still sign
-- in with a password and whether an unknown address of its domains may join as a manager.
CREATE TABLE identity_provider (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
    issuer_url VARCHAR(500) NOT NULL,
    client_id VARCHAR(200) NOT NULL,
    client_secret VARCHAR(2000) NOT NULL,
    email_domains VARCHAR(1000) NOT NULL,
    password_sign_in BOOLEAN NOT NULL,
    self_join BOOLEAN NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(300) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0
);

-- The identity a user signed in with through a provider: later sign-ins match on it, not
-- on the address.
ALTER TABLE user_account ADD COLUMN oidc_issuer VARCHAR(500);
ALTER TABLE user_account ADD COLUMN oidc_subject VARCHAR(255);
CREATE UNIQUE INDEX ux_user_account_oidc ON user_account (oidc_issuer, oidc_subject);
