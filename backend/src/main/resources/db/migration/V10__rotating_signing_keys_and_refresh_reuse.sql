-- Access tokens are signed with keys that rotate. Every key lives here, so every instance verifies
-- the tokens of every other one: a token names its key (the JWT "kid" header), the newest key that
-- still signs signs new tokens, and a key keeps verifying until every token it signed has expired.
-- The single key of V3 goes: the access tokens it signed (ten minutes at most) are refreshed.
DROP TABLE signing_key;

CREATE TABLE signing_key (
    id             uuid        PRIMARY KEY,
    secret         bytea       NOT NULL CHECK (length(secret) >= 32),
    created_at     timestamptz NOT NULL DEFAULT now(),
    -- New tokens are signed with it until then ...
    signs_until    timestamptz NOT NULL,
    -- ... and they are accepted until then: the end of signing plus an access token's lifetime.
    verifies_until timestamptz NOT NULL,
    CHECK (signs_until > created_at),
    CHECK (verifies_until >= signs_until)
);

-- Refresh tokens a sign-in already exchanged. Each one works once; when one comes back, someone
-- holds a copy, and the whole sign-in ends (OAuth 2.0 Security Best Current Practice, refresh
-- token rotation). They go with their session.
CREATE TABLE staff_refresh_used (
    refresh_hash text        PRIMARY KEY,
    session_id   uuid        NOT NULL REFERENCES staff_session (id) ON DELETE CASCADE,
    used_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX staff_refresh_used_by_session ON staff_refresh_used (session_id);
