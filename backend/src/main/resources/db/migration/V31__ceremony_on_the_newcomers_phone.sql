-- A ceremony can be held on the newcomer's own linked phone: the phone may read and sign it until
-- on_phone_until; the staff member then witnesses on their own signed-in device. NULL: the newcomer
-- signs on the staff member's device, and no phone may act on the ceremony.

ALTER TABLE signing_ceremony ADD COLUMN on_phone_until timestamptz;
ALTER TABLE signing_ceremony ADD CHECK (on_phone_until IS NULL OR on_phone_until > opened_at);

-- The phone looks up its newest ceremony that has not ended.
CREATE INDEX signing_ceremony_on_phone ON signing_ceremony (newcomer_id, opened_at DESC)
    WHERE on_phone_until IS NOT NULL AND signature_id IS NULL;
