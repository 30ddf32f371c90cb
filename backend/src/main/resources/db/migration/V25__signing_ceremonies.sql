-- A signing ceremony in progress: opened by a coordinator or the trainer of the newcomer's session, the
-- document fixed as it is shown, then the newcomer's submission. Only when the witness confirms (or a
-- refusal is recorded) is a signature row written, so that the append-only record holds finished acts.

CREATE TABLE signing_ceremony (
    id                       uuid        PRIMARY KEY,
    municipality_code        text        NOT NULL REFERENCES municipality (code),
    newcomer_id              uuid        NOT NULL REFERENCES newcomer (id) ON DELETE CASCADE,
    session_id               uuid        REFERENCES workshop_session (id),
    opened_by                uuid        NOT NULL REFERENCES staff (id),
    opened_at                timestamptz NOT NULL DEFAULT now(),
    declaration_version      integer     NOT NULL REFERENCES declaration_version (version),
    translation_id           bigint      REFERENCES declaration_text (id),
    local_agreements_version integer,
    locale                   text        NOT NULL CHECK (locale ~ '^[a-z]{2,3}$'),
    document_sha256          text        NOT NULL CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
    -- The newcomer's submission; a retry with the same Idempotency-Key gets the same answer.
    submission_key           text,
    signature_png            bytea       CHECK (octet_length(signature_png) BETWEEN 8 AND 102400),
    typed_name               text        CHECK (typed_name <> '' AND length(typed_name) <= 200),
    signed_at                timestamptz,
    device                   text        CHECK (length(device) <= 200),
    client_address           text,
    -- The signature or refusal row the ceremony ended in.
    signature_id             uuid        UNIQUE REFERENCES signature (id),
    CHECK ((signed_at IS NULL) = (submission_key IS NULL)),
    CHECK (signed_at IS NULL OR (signature_png IS NOT NULL) <> (typed_name IS NOT NULL))
);

CREATE INDEX signing_ceremony_by_newcomer ON signing_ceremony (newcomer_id);

-- Municipalities register a completed (or refused) declaration in DUO's portal by hand. That they did is
-- kept here, beside the append-only record: one registration per signature or refusal.
CREATE TABLE duo_registration (
    signature_id      uuid        PRIMARY KEY REFERENCES signature (id),
    municipality_code text        NOT NULL REFERENCES municipality (code),
    registered_on     date        NOT NULL,
    registered_by     uuid        NOT NULL REFERENCES staff (id),
    recorded_at       timestamptz NOT NULL DEFAULT now()
);
