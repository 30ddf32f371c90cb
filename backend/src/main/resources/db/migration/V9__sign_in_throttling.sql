-- Wrong passwords slow down the one who types them, not the account: a failure is counted for the
-- pair (account, client address) and for the client address as a whole, within a sliding window.
-- Someone who knows a colleague's e-mail address can no longer keep that account locked from
-- elsewhere, because the counters of their own address are the only ones they fill.
-- Neither the e-mail address nor the client address is stored in clear: both are SHA-256 hashes.
-- Rows older than a day are removed by IdentityCleanUp.

CREATE TABLE sign_in_failure (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email_hash text        NOT NULL CHECK (email_hash ~ '^[0-9a-f]{64}$'),
    client     text        NOT NULL CHECK (client ~ '^[0-9a-f]{64}$'),
    failed_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX sign_in_failure_pair ON sign_in_failure (email_hash, client, failed_at);
CREATE INDEX sign_in_failure_client ON sign_in_failure (client, failed_at);
CREATE INDEX sign_in_failure_failed_at ON sign_in_failure (failed_at);

-- The lock on the account itself is what made locking out from outside possible; it goes.
ALTER TABLE staff DROP COLUMN failed_sign_ins, DROP COLUMN locked_until;
