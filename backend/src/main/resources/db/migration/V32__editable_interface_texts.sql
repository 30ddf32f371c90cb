-- The app's interface texts (translations/<lang>.json) become editable like national content. The files
-- stay the shipped baseline: the start-up import brings them in here, and newcomers read what is here.

-- One interface text, by its key. Its version counts every published change to its Dutch text that is not
-- a minor edit; shipped_version is the version of the Dutch text as last imported from translations/nl.json,
-- which is what a shipped translation was made from.
CREATE TABLE ui_message (
    key             text    PRIMARY KEY CHECK (key ~ '^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$'),
    version         integer NOT NULL CHECK (version > 0),
    shipped_version integer NOT NULL CHECK (shipped_version > 0 AND shipped_version <= version)
);

-- What newcomers read now: the ICU MessageFormat pattern of a key in a language.
CREATE TABLE ui_text (
    key            text        NOT NULL REFERENCES ui_message (key) ON DELETE CASCADE,
    lang           text        NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    pattern        text        NOT NULL CHECK (pattern <> ''),
    -- For Dutch the key's own version; for a translation the Dutch version it was made from.
    source_version integer     NOT NULL CHECK (source_version > 0),
    review_status  text        NOT NULL CHECK (review_status IN ('source', 'reviewed', 'unreviewed')),
    -- Of the shipped text last imported; empty for a text only an editor wrote.
    file_hash      text        NOT NULL,
    -- Set once an editor published it: from then on the start-up import leaves the row alone.
    edited         boolean     NOT NULL DEFAULT false,
    published_by   uuid        REFERENCES staff (id) ON DELETE SET NULL,
    reviewed_by    uuid        REFERENCES staff (id) ON DELETE SET NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (key, lang),
    CHECK ((lang = 'nl') = (review_status = 'source')),
    -- Nobody reviews their own text.
    CHECK (reviewed_by IS NULL OR published_by IS NULL OR reviewed_by <> published_by)
);

CREATE INDEX ui_text_by_lang ON ui_text (lang);

-- Every published version of an interface text; number 1 of a text edited for the first time is the
-- text as it was shipped (published_by empty).
CREATE TABLE ui_text_version (
    key            text        NOT NULL REFERENCES ui_message (key) ON DELETE CASCADE,
    lang           text        NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    number         integer     NOT NULL CHECK (number > 0),
    pattern        text        NOT NULL CHECK (pattern <> ''),
    source_version integer     NOT NULL CHECK (source_version > 0),
    minor_edit     boolean     NOT NULL DEFAULT false,
    published_by   uuid        REFERENCES staff (id) ON DELETE SET NULL,
    published_name text,
    published_at   timestamptz NOT NULL DEFAULT now(),
    reviewed_by    uuid        REFERENCES staff (id) ON DELETE SET NULL,
    reviewed_name  text,
    reviewed_at    timestamptz,
    PRIMARY KEY (key, lang, number),
    CHECK (reviewed_by IS NULL OR published_by IS NULL OR reviewed_by <> published_by)
);

-- At most one draft per interface text; saving one changes nothing a newcomer sees and no status.
CREATE TABLE ui_text_draft (
    key      text        NOT NULL REFERENCES ui_message (key) ON DELETE CASCADE,
    lang     text        NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    pattern  text        NOT NULL,
    saved_by uuid        REFERENCES staff (id) ON DELETE SET NULL,
    saved_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (key, lang)
);

-- A shipped text that changed while an editor's text is published: the import kept the editor's text.
CREATE TABLE ui_import_conflict (
    key       text        NOT NULL,
    lang      text        NOT NULL,
    file_hash text        NOT NULL,
    found_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (key, lang),
    FOREIGN KEY (key, lang) REFERENCES ui_text (key, lang) ON DELETE CASCADE
);

-- Interface texts are published content: every instance makes its answers anew when they change (see V6).
CREATE TRIGGER ui_message_published AFTER INSERT OR UPDATE OR DELETE ON ui_message
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
CREATE TRIGGER ui_text_published AFTER INSERT OR UPDATE OR DELETE ON ui_text
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();

-- The languages a staff member reads, besides Dutch: only a reader of a language reviews its translations.
ALTER TABLE staff ADD COLUMN reads_languages text[] NOT NULL DEFAULT '{}'
    CHECK (array_position(reads_languages, NULL) IS NULL);
