-- Everything a newcomer reads (content, municipalities, their wegwijs) is served from memory until it
-- changes. Every change to those tables counts up this one version, by trigger, so no code path can
-- forget it; each service instance polls it and drops what it kept when it moves. Row triggers, so that
-- a statement that changes nothing (an upsert of the same text) keeps what the instances have.

CREATE TABLE published_version (
    id         integer     PRIMARY KEY CHECK (id = 1),
    version    bigint      NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO published_version (id, version) VALUES (1, 1);

CREATE FUNCTION count_up_published_version() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE published_version SET version = version + 1, changed_at = now() WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER content_page_published AFTER INSERT OR UPDATE OR DELETE ON content_page
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
CREATE TRIGGER content_text_published AFTER INSERT OR UPDATE OR DELETE ON content_text
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
CREATE TRIGGER municipality_published AFTER INSERT OR UPDATE OR DELETE ON municipality
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
CREATE TRIGGER municipality_welcome_published AFTER INSERT OR UPDATE OR DELETE ON municipality_welcome
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
CREATE TRIGGER local_page_published AFTER INSERT OR UPDATE OR DELETE ON local_page
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
CREATE TRIGGER local_page_text_published AFTER INSERT OR UPDATE OR DELETE ON local_page_text
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
CREATE TRIGGER place_published AFTER INSERT OR UPDATE OR DELETE ON place
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
CREATE TRIGGER place_note_published AFTER INSERT OR UPDATE OR DELETE ON place_note
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
CREATE TRIGGER opening_hours_published AFTER INSERT OR UPDATE OR DELETE ON opening_hours
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
