-- A municipality's editors edit its local pages as national editors edit national content: drafts,
-- every published version kept, review by a second editor. The Markdown an editor writes is kept
-- beside the HTML newcomers are served, and who published and reviewed a text is on its row.

-- Texts written before editing began kept only their HTML: their Markdown starts empty.
ALTER TABLE local_page_text ADD COLUMN body_markdown text NOT NULL DEFAULT '';
ALTER TABLE local_page_text ADD COLUMN published_by  uuid REFERENCES staff (id) ON DELETE SET NULL;
ALTER TABLE local_page_text ADD COLUMN reviewed_by   uuid REFERENCES staff (id) ON DELETE SET NULL;
-- Nobody reviews their own text.
ALTER TABLE local_page_text ADD CHECK (reviewed_by IS NULL OR published_by IS NULL OR reviewed_by <> published_by);

-- content_version and content_draft name a national page by its module ('values') and a local page by
-- 'local:' and its municipality ('local:GM0153'). Each kind keeps a foreign key to its own page table
-- through a generated column that is empty for the other kind, so a version or draft of a page that
-- is removed goes with it.
ALTER TABLE content_version DROP CONSTRAINT content_version_module_slug_fkey;
ALTER TABLE content_version
    ADD CONSTRAINT content_version_module_name CHECK (module !~ ':' OR module ~ '^local:GM[0-9]{4}$'),
    ADD COLUMN national_module    text GENERATED ALWAYS AS (CASE WHEN module !~ ':' THEN module END) STORED,
    ADD COLUMN local_municipality text GENERATED ALWAYS AS (CASE WHEN module ~ '^local:' THEN substr(module, 7) END) STORED,
    ADD CONSTRAINT content_version_national_page FOREIGN KEY (national_module, slug)
        REFERENCES content_page (module, slug) ON DELETE CASCADE,
    ADD CONSTRAINT content_version_local_page FOREIGN KEY (local_municipality, slug)
        REFERENCES local_page (municipality_code, slug) ON DELETE CASCADE;

ALTER TABLE content_draft DROP CONSTRAINT content_draft_module_slug_fkey;
ALTER TABLE content_draft
    ADD CONSTRAINT content_draft_module_name CHECK (module !~ ':' OR module ~ '^local:GM[0-9]{4}$'),
    ADD COLUMN national_module    text GENERATED ALWAYS AS (CASE WHEN module !~ ':' THEN module END) STORED,
    ADD COLUMN local_municipality text GENERATED ALWAYS AS (CASE WHEN module ~ '^local:' THEN substr(module, 7) END) STORED,
    ADD CONSTRAINT content_draft_national_page FOREIGN KEY (national_module, slug)
        REFERENCES content_page (module, slug) ON DELETE CASCADE,
    ADD CONSTRAINT content_draft_local_page FOREIGN KEY (local_municipality, slug)
        REFERENCES local_page (municipality_code, slug) ON DELETE CASCADE;
