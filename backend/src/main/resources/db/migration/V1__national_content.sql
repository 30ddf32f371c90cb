-- National content: the values module and the wegwijs topics, imported from content/ at start-up.
-- A page exists once (its Dutch source defines order and version); each language has its own text.

CREATE TABLE content_page (
    module   text    NOT NULL CHECK (module IN ('values', 'wegwijs')),
    slug     text    NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position integer NOT NULL CHECK (position > 0),
    version  integer NOT NULL CHECK (version > 0),
    -- Dutch words a newcomer hears at a counter, so that search finds the page.
    keywords text[]  NOT NULL DEFAULT '{}',
    PRIMARY KEY (module, slug)
);

CREATE TABLE content_text (
    module         text        NOT NULL,
    slug           text        NOT NULL,
    lang           text        NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    title          text        NOT NULL CHECK (title <> ''),
    summary        text        NOT NULL,
    body_markdown  text        NOT NULL,
    -- Rendered and sanitised once at import; served as it is.
    body_html      text        NOT NULL,
    word_count     integer     NOT NULL CHECK (word_count >= 0),
    -- For Dutch the page's own version; for a translation the Dutch version it was made from.
    source_version integer     NOT NULL CHECK (source_version > 0),
    review_status  text        NOT NULL CHECK (review_status IN ('source', 'reviewed', 'unreviewed')),
    file_hash      text        NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (module, slug, lang),
    FOREIGN KEY (module, slug) REFERENCES content_page (module, slug) ON DELETE CASCADE,
    -- Dutch is the source and is never "reviewed" or "unreviewed"; every other language is.
    CHECK ((lang = 'nl') = (review_status = 'source'))
);

CREATE INDEX content_text_by_lang ON content_text (lang);
