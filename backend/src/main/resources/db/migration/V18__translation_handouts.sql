-- Texts handed to a translator in a file and not back yet: their status is 'in-translation' until a
-- translation of the page is published. Only pages whose text was missing or outdated are handed out.
CREATE TABLE translation_handout (
    module      text        NOT NULL,
    slug        text        NOT NULL,
    lang        text        NOT NULL CHECK (lang ~ '^[a-z]{2,3}$' AND lang <> 'nl'),
    handed_out_by uuid      REFERENCES staff (id) ON DELETE SET NULL,
    handed_out_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (module, slug, lang),
    FOREIGN KEY (module, slug) REFERENCES content_page (module, slug) ON DELETE CASCADE
);
