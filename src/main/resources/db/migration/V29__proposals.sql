-- The stage of an engagement before its journey: a proposal whose terms are being negotiated
-- (PROPOSAL), a proposal closed because the client chose another partner's for the same
-- service (NOT_CHOSEN), or signed by both sides (SIGNED: every engagement until now). The
-- service names what several partners' proposals to one client are for; the client compares
-- the proposals of one service side by side.
ALTER TABLE engagement ADD COLUMN stage VARCHAR(20) DEFAULT 'SIGNED' NOT NULL;
ALTER TABLE engagement ADD COLUMN service VARCHAR(200);
ALTER TABLE engagement_listing ADD COLUMN stage VARCHAR(20) DEFAULT 'SIGNED' NOT NULL;
CREATE INDEX ix_engagement_client_service ON engagement (client_organisation_id, service);
