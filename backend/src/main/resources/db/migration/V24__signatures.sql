-- The record of the participation declaration: who signed (or refused) which text, when and before whom.
-- Append-only, enforced here: no row is ever changed or removed; a revocation is a new row naming the
-- row it revokes. Each municipality's rows form a hash chain: row_hash is the SHA-256 of the row's
-- canonical content (see SignatureRow in the service) including previous_hash, the row_hash of the row
-- before it in the same municipality. A row changed behind the database's back breaks the chain there.

CREATE TABLE signature (
    id                       uuid        PRIMARY KEY,
    municipality_code        text        NOT NULL REFERENCES municipality (code),
    -- 1, 2, 3… within the municipality: the order of the chain.
    position                 bigint      NOT NULL CHECK (position > 0),
    kind                     text        NOT NULL CHECK (kind IN ('signed', 'refused', 'revoked')),
    newcomer_id              uuid        NOT NULL REFERENCES newcomer (id),
    session_id               uuid        REFERENCES workshop_session (id),
    -- What was shown: the declaration version, the revision of the translation (none when Dutch only),
    -- the local agreements version (none when the municipality has none) and the language shown.
    declaration_version      integer     REFERENCES declaration_version (version),
    translation_id           bigint      REFERENCES declaration_text (id),
    local_agreements_version integer,
    locale                   text        CHECK (locale ~ '^[a-z]{2,3}$'),
    -- SHA-256 of the canonical document (see DocumentHash in the service).
    document_sha256          text        CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
    -- The signature as drawn, or the full name typed as the accessible alternative.
    signature_png            bytea       CHECK (octet_length(signature_png) BETWEEN 8 AND 102400),
    typed_name               text        CHECK (typed_name <> '' AND length(typed_name) <= 200),
    -- Why the newcomer refused, or why a signature was revoked.
    reason                   text        CHECK (reason <> '' AND length(reason) <= 1000),
    revokes                  uuid        UNIQUE REFERENCES signature (id),
    signed_at                timestamptz,
    -- The witness and the moment they confirmed; for a refusal or revocation, who recorded it and when.
    recorded_by              uuid        NOT NULL REFERENCES staff (id),
    recorded_at              timestamptz NOT NULL,
    device                   text        CHECK (length(device) <= 200),
    client_address           text        NOT NULL,
    -- Public code of a signature, Crockford base32 without I, L, O and U.
    verification_code        text        UNIQUE CHECK (verification_code ~ '^[0-9A-HJKMNP-TV-Z]{10}$'),
    previous_hash            text        NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    row_hash                 text        NOT NULL CHECK (row_hash ~ '^[0-9a-f]{64}$'),
    UNIQUE (municipality_code, position),
    CHECK ((kind = 'signed') = (verification_code IS NOT NULL)),
    CHECK (kind <> 'signed' OR (signed_at IS NOT NULL AND document_sha256 IS NOT NULL
                                AND (signature_png IS NOT NULL) <> (typed_name IS NOT NULL))),
    CHECK (kind <> 'refused' OR (reason IS NOT NULL AND document_sha256 IS NOT NULL)),
    CHECK ((kind = 'revoked') = (revokes IS NOT NULL)),
    CHECK (kind <> 'revoked' OR reason IS NOT NULL)
);

CREATE INDEX signature_by_newcomer ON signature (newcomer_id);

CREATE FUNCTION refuse_change_of_signature() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'signatures are append-only: % is refused; record a revocation instead', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER signature_append_only BEFORE UPDATE OR DELETE ON signature
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_signature();
CREATE TRIGGER signature_never_truncated BEFORE TRUNCATE ON signature
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_signature();
