-- A sign-in through a municipality's OpenID Connect provider that has started but not yet come back.
CREATE TABLE oidc_login (
    state_hash    text        PRIMARY KEY,
    provider      text        NOT NULL,
    nonce         text        NOT NULL,
    code_verifier text        NOT NULL,
    started_at    timestamptz NOT NULL DEFAULT now()
);
