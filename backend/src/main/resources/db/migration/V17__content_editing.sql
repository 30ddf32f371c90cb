-- Editors change content in the running service. content_text keeps what newcomers read; who published
-- and who reviewed it is recorded on the row, every published version is kept, drafts wait beside it,
-- and a shipped file that differs from an editor's text is listed instead of overwriting it.

-- Empty for a text imported from content/; set once an editor published it, and from then on the
-- start-up import leaves the row alone.
ALTER TABLE content_text ADD COLUMN published_by uuid REFERENCES staff (id) ON DELETE SET NULL;
ALTER TABLE content_text ADD COLUMN reviewed_by  uuid REFERENCES staff (id) ON DELETE SET NULL;
ALTER TABLE content_text ADD COLUMN edited       boolean NOT NULL DEFAULT false;
-- Nobody reviews their own text.
ALTER TABLE content_text ADD CHECK (reviewed_by IS NULL OR published_by IS NULL OR reviewed_by <> published_by);

-- Every published version of a text. Number 1 of a text edited for the first time is the text as it
-- came from content/ (published_by empty).
CREATE TABLE content_version (
    module         text        NOT NULL,
    slug           text        NOT NULL,
    lang           text        NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    number         integer     NOT NULL CHECK (number > 0),
    title          text        NOT NULL CHECK (title <> ''),
    summary        text        NOT NULL,
    body_markdown  text        NOT NULL,
    -- For Dutch the page version it published; for a translation the Dutch version it was made from.
    source_version integer     NOT NULL CHECK (source_version > 0),
    minor_edit     boolean     NOT NULL DEFAULT false,
    published_by   uuid        REFERENCES staff (id) ON DELETE SET NULL,
    published_name text,
    published_at   timestamptz NOT NULL DEFAULT now(),
    reviewed_by    uuid        REFERENCES staff (id) ON DELETE SET NULL,
    reviewed_name  text,
    reviewed_at    timestamptz,
    PRIMARY KEY (module, slug, lang, number),
    FOREIGN KEY (module, slug) REFERENCES content_page (module, slug) ON DELETE CASCADE,
    CHECK (reviewed_by IS NULL OR published_by IS NULL OR reviewed_by <> published_by)
);

-- At most one draft per text; saving a draft changes nothing a newcomer sees and no status.
CREATE TABLE content_draft (
    module        text        NOT NULL,
    slug          text        NOT NULL,
    lang          text        NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    title         text        NOT NULL,
    summary       text        NOT NULL,
    body_markdown text        NOT NULL,
    saved_by      uuid        REFERENCES staff (id) ON DELETE SET NULL,
    saved_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (module, slug, lang),
    FOREIGN KEY (module, slug) REFERENCES content_page (module, slug) ON DELETE CASCADE
);

-- A shipped file that changed while an editor's text is published: the import kept the editor's text.
CREATE TABLE content_import_conflict (
    module    text        NOT NULL,
    slug      text        NOT NULL,
    lang      text        NOT NULL,
    file_hash text        NOT NULL,
    found_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (module, slug, lang),
    FOREIGN KEY (module, slug, lang) REFERENCES content_text (module, slug, lang) ON DELETE CASCADE
);
