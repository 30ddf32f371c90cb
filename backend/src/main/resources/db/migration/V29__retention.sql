-- Retention: a newcomer's personal data goes a configured time after their trajectory ended
-- (privacy.RetentionJob). Most of it goes with the newcomer's row (its foreign keys cascade); the
-- signature record stays, as the proof of the act, with its personal parts erased.
--
-- Personal parts of a signature row: the drawn image, the typed name, the reason (a refusal's reason is
-- the newcomer's own words), the device and the client address. From this version on the chain does
-- not cover them in plain text but through personal_sha256, the SHA-256 of those parts together with a
-- random salt of the row (format 2 of SignatureRow). Erasing sets the parts and the salt to NULL and
-- keeps personal_sha256, so every row hash can still be recomputed and the chain still verifies; without
-- the salt the kept hash no longer gives away a name or an address by guessing.
-- Rows written before this version (format 1, no personal_sha256) hold their personal parts inside the
-- hashed content itself: they cannot be erased without breaking the chain, and the trigger refuses it.

ALTER TABLE signature
    ADD COLUMN personal_salt   bytea       CHECK (octet_length(personal_salt) = 16),
    ADD COLUMN personal_sha256 text        CHECK (personal_sha256 ~ '^[0-9a-f]{64}$'),
    -- When the personal parts were erased; the newcomer stays only as newcomer_id, a pseudonym.
    ADD COLUMN erased_at       timestamptz,
    ALTER COLUMN client_address DROP NOT NULL;

-- The newcomer's row goes at the end of the retention period; the signature keeps their id as a pseudonym.
ALTER TABLE signature DROP CONSTRAINT signature_newcomer_id_fkey;

-- What an erased row no longer has: the image or typed name of a signature, the reason of a refusal or
-- revocation.
ALTER TABLE signature
    DROP CONSTRAINT signature_check1,
    DROP CONSTRAINT signature_check2,
    DROP CONSTRAINT signature_check4,
    ADD CONSTRAINT signature_signed_complete CHECK (kind <> 'signed' OR (signed_at IS NOT NULL AND document_sha256 IS NOT NULL
        AND (erased_at IS NOT NULL OR (signature_png IS NOT NULL) <> (typed_name IS NOT NULL)))),
    ADD CONSTRAINT signature_refused_complete CHECK (kind <> 'refused' OR (document_sha256 IS NOT NULL
        AND (reason IS NOT NULL OR erased_at IS NOT NULL))),
    ADD CONSTRAINT signature_revoked_complete CHECK (kind <> 'revoked' OR reason IS NOT NULL OR erased_at IS NOT NULL),
    ADD CONSTRAINT signature_format_1_kept_whole CHECK (personal_sha256 IS NOT NULL OR (personal_salt IS NULL AND erased_at IS NULL)),
    ADD CONSTRAINT signature_personal_salted CHECK (personal_sha256 IS NULL OR erased_at IS NOT NULL OR personal_salt IS NOT NULL),
    ADD CONSTRAINT signature_address_until_erased CHECK ((erased_at IS NULL) = (client_address IS NOT NULL)),
    ADD CONSTRAINT signature_erased_completely CHECK (erased_at IS NULL OR (personal_salt IS NULL AND signature_png IS NULL
        AND typed_name IS NULL AND reason IS NULL AND device IS NULL));

-- Still append-only, with one narrow exception: the erasure of a format-2 row's personal parts, which
-- must set all of them (and the salt) to NULL, set erased_at, and leave every other column as it was.
CREATE OR REPLACE FUNCTION refuse_change_of_signature() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    -- Only an UPDATE has OLD and NEW rows to compare; DELETE and TRUNCATE are refused outright.
    IF TG_OP = 'UPDATE' THEN
        IF OLD.personal_sha256 IS NOT NULL AND OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL
           AND NEW.signature_png IS NULL AND NEW.typed_name IS NULL AND NEW.reason IS NULL AND NEW.device IS NULL
           AND NEW.client_address IS NULL AND NEW.personal_salt IS NULL
           AND (NEW.id, NEW.municipality_code, NEW.position, NEW.kind, NEW.newcomer_id, NEW.session_id, NEW.declaration_version,
                NEW.translation_id, NEW.local_agreements_version, NEW.locale, NEW.document_sha256, NEW.revokes, NEW.signed_at,
                NEW.recorded_by, NEW.recorded_at, NEW.verification_code, NEW.previous_hash, NEW.row_hash, NEW.personal_sha256)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.municipality_code, OLD.position, OLD.kind, OLD.newcomer_id, OLD.session_id, OLD.declaration_version,
                OLD.translation_id, OLD.local_agreements_version, OLD.locale, OLD.document_sha256, OLD.revokes, OLD.signed_at,
                OLD.recorded_by, OLD.recorded_at, OLD.verification_code, OLD.previous_hash, OLD.row_hash, OLD.personal_sha256) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'signatures are append-only: % is refused; record a revocation instead', TG_OP
        USING ERRCODE = 'restrict_violation';
END;
$$;

-- Every row added from now on is of format 2, so that it can be erased in time.
CREATE FUNCTION refuse_signature_without_personal_hash() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.personal_sha256 IS NULL OR NEW.personal_salt IS NULL OR NEW.erased_at IS NOT NULL THEN
        RAISE EXCEPTION 'a new signature row needs its personal parts salted and hashed (personal_salt, personal_sha256)'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER signature_personal_hashed BEFORE INSERT ON signature
    FOR EACH ROW EXECUTE FUNCTION refuse_signature_without_personal_hash();

-- The retention job runs once a day across all instances: the first instance to add the day's row
-- does the work and writes its counts here; the others see the row and leave it.
CREATE TABLE retention_run (
    run_on      date        PRIMARY KEY,
    started_at  timestamptz NOT NULL,
    -- Every trajectory that ended before this moment was due.
    cutoff      timestamptz NOT NULL,
    finished_at timestamptz,
    -- How many newcomers' data went, and what it counted (such as "invitations=2 bookings=1"): counts only.
    newcomers   integer     CHECK (newcomers >= 0),
    summary     text,
    CHECK ((finished_at IS NULL) = (newcomers IS NULL)),
    CHECK (finished_at IS NULL OR finished_at >= started_at)
);

-- The retention job looks for every newcomer's last activity.
CREATE INDEX booking_newcomer_for_retention ON booking (newcomer_id);
CREATE INDEX attendance_newcomer_for_retention ON attendance (newcomer_id);
