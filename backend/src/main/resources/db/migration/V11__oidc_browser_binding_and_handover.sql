-- Sign-in through an OpenID Connect provider, made safe against login CSRF and against tokens in
-- addresses.
--
-- A provider sign-in is bound to the browser that started it: that browser holds a random value in
-- a cookie, and only its SHA-256 hash is stored with the login. The callback goes on only when the
-- browser sends the value back. Sign-ins under way when this runs cannot have such a cookie; they
-- are removed, and the person simply starts again.
DELETE FROM oidc_login;
ALTER TABLE oidc_login ADD COLUMN browser_hash text NOT NULL CHECK (browser_hash ~ '^[0-9a-f]{64}$');

-- A finished provider sign-in is handed to the app with a one-time code in the address (its
-- fragment), which the app exchanges for tokens within a minute. Only the code's SHA-256 hash is
-- stored; the row is deleted when the code is used. Expired rows are removed by IdentityCleanUp.
CREATE TABLE oidc_handover (
    code_hash  text        PRIMARY KEY CHECK (code_hash ~ '^[0-9a-f]{64}$'),
    staff_id   uuid        NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    provider   text        NOT NULL,
    expires_at timestamptz NOT NULL
);

CREATE INDEX oidc_handover_by_staff ON oidc_handover (staff_id);
CREATE INDEX oidc_handover_expires_at ON oidc_handover (expires_at);
