-- Who may do what: staff with roles per municipality, their sessions, newcomers and their
-- invitations, and the audit log. Secrets (passwords, tokens, invitation codes) are stored only as hashes.

CREATE TABLE staff (
    id              uuid        PRIMARY KEY,
    email           text        NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    name            text        NOT NULL CHECK (name <> ''),
    -- Argon2id; empty until the person sets a password through a one-time link.
    password_hash   text,
    failed_sign_ins integer     NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    locked_until    timestamptz,
    active          boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX staff_email ON staff (lower(email));

CREATE TABLE staff_role (
    staff_id          uuid NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    role              text NOT NULL CHECK (role IN ('admin', 'coordinator', 'trainer', 'editor')),
    -- Empty for the platform (admin) and for national editors.
    municipality_code text REFERENCES municipality (code) ON DELETE CASCADE,
    CHECK (role <> 'admin' OR municipality_code IS NULL),
    CHECK (role NOT IN ('coordinator', 'trainer') OR municipality_code IS NOT NULL)
);

CREATE UNIQUE INDEX staff_role_once ON staff_role (staff_id, role, coalesce(municipality_code, ''));
CREATE INDEX staff_role_by_municipality ON staff_role (municipality_code);

CREATE TABLE staff_session (
    id           uuid        PRIMARY KEY,
    staff_id     uuid        NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    -- SHA-256 of the current refresh token; it changes at every refresh.
    refresh_hash text        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz
);

CREATE TABLE password_reset (
    token_hash text        PRIMARY KEY,
    staff_id   uuid        NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    created_by uuid        REFERENCES staff (id) ON DELETE SET NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

-- The key that signs access tokens: one for all instances, made at first start.
CREATE TABLE signing_key (
    id         integer     PRIMARY KEY CHECK (id = 1),
    secret     bytea       NOT NULL CHECK (length(secret) >= 32),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE newcomer (
    id                uuid        PRIMARY KEY,
    municipality_code text        NOT NULL REFERENCES municipality (code),
    name              text        NOT NULL CHECK (name <> ''),
    preferred_lang    text        NOT NULL CHECK (preferred_lang ~ '^[a-z]{2,3}$'),
    target_group      text        NOT NULL CHECK (target_group IN ('permit-holder', 'family-migrant', 'eu-voluntary', 'other-voluntary')),
    regime            text        NOT NULL CHECK (regime IN ('wi2021', 'wi2013', 'voluntary')),
    obligation_start  date,
    -- Wi2021: three years after the start; Wi2013: one year; voluntary: none.
    deadline          date,
    phone             text CHECK (phone ~ '^[0-9+][0-9 -]{5,20}$'),
    email             text CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    created_by        uuid        REFERENCES staff (id) ON DELETE SET NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((regime = 'voluntary') = (deadline IS NULL))
);

CREATE INDEX newcomer_by_municipality ON newcomer (municipality_code);

CREATE TABLE invitation (
    id          uuid        PRIMARY KEY,
    newcomer_id uuid        NOT NULL REFERENCES newcomer (id) ON DELETE CASCADE,
    code_hash   text        NOT NULL UNIQUE,
    created_by  uuid        REFERENCES staff (id) ON DELETE SET NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    redeemed_at timestamptz,
    revoked_at  timestamptz
);

CREATE TABLE newcomer_session (
    id            uuid        PRIMARY KEY,
    newcomer_id   uuid        NOT NULL REFERENCES newcomer (id) ON DELETE CASCADE,
    invitation_id uuid        NOT NULL REFERENCES invitation (id) ON DELETE CASCADE,
    token_hash    text        NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz
);

-- Invitation codes typed or scanned, per client, to slow down guessing.
CREATE TABLE redeem_attempt (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client      text        NOT NULL,
    succeeded   boolean     NOT NULL,
    attempted_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX redeem_attempt_recent ON redeem_attempt (client, attempted_at);

CREATE TABLE audit_event (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at                timestamptz NOT NULL DEFAULT now(),
    actor_id          uuid,
    actor_name        text,
    municipality_code text,
    action            text        NOT NULL,
    subject           text,
    client            text
);

CREATE INDEX audit_event_by_municipality ON audit_event (municipality_code, at DESC);
