-- The participation declaration as it was signed. Every version of the Dutch text is kept for good: a
-- signature names the version, and the certificate prints it years later. A translation "for
-- understanding" may be improved within a version; each wording is kept as its own revision, and a
-- signature names the revision the newcomer saw.

CREATE TABLE declaration_version (
    version     integer     PRIMARY KEY CHECK (version > 0),
    -- 'platform': Meedoen's own wording from the policy texts; 'official': the national text.
    wording     text        NOT NULL CHECK (wording IN ('platform', 'official')),
    imported_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE declaration_text (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version        integer     NOT NULL REFERENCES declaration_version (version),
    lang           text        NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    title          text        NOT NULL CHECK (title <> ''),
    body_markdown  text        NOT NULL CHECK (body_markdown <> ''),
    -- The sentence shown to someone for whom signing is voluntary, in this language.
    voluntary      text        NOT NULL CHECK (voluntary <> ''),
    review_status  text        NOT NULL CHECK (review_status IN ('source', 'reviewed', 'unreviewed')),
    text_sha256    text        NOT NULL CHECK (text_sha256 ~ '^[0-9a-f]{64}$'),
    imported_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (version, lang, text_sha256),
    CHECK ((lang = 'nl') = (review_status = 'source'))
);

-- The Dutch text of a version is what is signed: one, never replaced.
CREATE UNIQUE INDEX declaration_text_one_dutch_per_version ON declaration_text (version) WHERE lang = 'nl';

-- What newcomer and municipality may expect of each other, per municipality. A coordinator's change is
-- a new version with its Dutch text and translations; older versions stay, as signatures name them.
CREATE TABLE local_agreements (
    municipality_code text        NOT NULL REFERENCES municipality (code),
    version           integer     NOT NULL CHECK (version > 0),
    lang              text        NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    body_markdown     text        NOT NULL CHECK (body_markdown <> ''),
    review_status     text        NOT NULL CHECK (review_status IN ('source', 'reviewed', 'unreviewed')),
    created_by        uuid        REFERENCES staff (id) ON DELETE SET NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_code, version, lang),
    CHECK ((lang = 'nl') = (review_status = 'source'))
);

-- Both are records of what was signed: kept as written.
CREATE FUNCTION refuse_change_of_signed_text() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% is kept as written: add a new version instead', TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER declaration_text_kept BEFORE UPDATE OR DELETE ON declaration_text
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_signed_text();
CREATE TRIGGER local_agreements_kept BEFORE UPDATE OR DELETE ON local_agreements
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_signed_text();
