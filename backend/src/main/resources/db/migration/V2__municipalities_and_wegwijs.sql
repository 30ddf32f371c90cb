-- Municipalities and their local layer of wegwijs: a welcome, local pages, and places (with opening
-- hours) attached to national topics or local pages. Local texts exist in Dutch and any number of
-- translations and fall back like national content.

CREATE TABLE municipality (
    code       text        PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
    slug       text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       text        NOT NULL CHECK (name <> ''),
    -- The name in lower case without accents and punctuation: 'hertogenbosch' finds 's-Hertogenbosch.
    search_key text        NOT NULL,
    -- Fictional municipalities shipped for trying Meedoen out are marked, and shown as such.
    demo       boolean     NOT NULL DEFAULT false,
    phone      text,
    email      text,
    website    text CHECK (website ~ '^https://'),
    address    text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX municipality_search ON municipality (search_key);

CREATE TABLE municipality_welcome (
    municipality_code text NOT NULL REFERENCES municipality (code) ON DELETE CASCADE,
    lang              text NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    body_html         text NOT NULL,
    review_status     text NOT NULL CHECK (review_status IN ('source', 'reviewed', 'unreviewed')),
    PRIMARY KEY (municipality_code, lang),
    CHECK ((lang = 'nl') = (review_status = 'source'))
);

CREATE TABLE local_page (
    municipality_code text    NOT NULL REFERENCES municipality (code) ON DELETE CASCADE,
    slug              text    NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position          integer NOT NULL CHECK (position > 0),
    version           integer NOT NULL CHECK (version > 0),
    PRIMARY KEY (municipality_code, slug)
);

CREATE TABLE local_page_text (
    municipality_code text    NOT NULL,
    slug              text    NOT NULL,
    lang              text    NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    title             text    NOT NULL CHECK (title <> ''),
    summary           text    NOT NULL,
    body_html         text    NOT NULL,
    word_count        integer NOT NULL CHECK (word_count >= 0),
    source_version    integer NOT NULL CHECK (source_version > 0),
    review_status     text    NOT NULL CHECK (review_status IN ('source', 'reviewed', 'unreviewed')),
    PRIMARY KEY (municipality_code, slug, lang),
    FOREIGN KEY (municipality_code, slug) REFERENCES local_page (municipality_code, slug) ON DELETE CASCADE,
    CHECK ((lang = 'nl') = (review_status = 'source'))
);

CREATE TABLE place (
    id                bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    municipality_code text    NOT NULL REFERENCES municipality (code) ON DELETE CASCADE,
    -- The slug of the national topic or local page this place belongs to.
    topic             text    NOT NULL,
    position          integer NOT NULL DEFAULT 1,
    name              text    NOT NULL CHECK (name <> ''),
    street            text,
    postcode          text CHECK (postcode ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
    city              text,
    -- As written for people, for example '053 481 12 34'.
    phone             text CHECK (phone ~ '^[0-9+][0-9 -]{5,20}$'),
    email             text CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
    website           text CHECK (website ~ '^https://'),
    UNIQUE (municipality_code, topic, name)
);

CREATE TABLE place_note (
    place_id      bigint NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    lang          text   NOT NULL CHECK (lang ~ '^[a-z]{2,3}$'),
    note          text   NOT NULL,
    review_status text   NOT NULL CHECK (review_status IN ('source', 'reviewed', 'unreviewed')),
    PRIMARY KEY (place_id, lang)
);

CREATE TABLE opening_hours (
    place_id bigint   NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    -- ISO weekday: 1 is Monday, 7 is Sunday. Times are local time in the Netherlands.
    weekday  smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens    time     NOT NULL,
    closes   time     NOT NULL,
    CHECK (closes > opens),
    PRIMARY KEY (place_id, weekday, opens)
);
