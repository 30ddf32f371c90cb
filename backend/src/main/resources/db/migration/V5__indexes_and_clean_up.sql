-- Indexes for the foreign keys that queries filter on (and that cascading deletes follow), and the
-- rule that a newcomer has at most one open invitation. Expired rows are removed by the service
-- (IdentityCleanUp), not here: that needs a clock.

CREATE INDEX staff_session_by_staff ON staff_session (staff_id);
CREATE INDEX password_reset_by_staff ON password_reset (staff_id);
CREATE INDEX invitation_by_newcomer ON invitation (newcomer_id);
CREATE INDEX newcomer_session_by_newcomer ON newcomer_session (newcomer_id);
CREATE INDEX newcomer_session_by_invitation ON newcomer_session (invitation_id);

-- Issuing an invitation revokes the open one first, so there should never be two; should two
-- requests ever have raced, the newest stays open and the others are revoked before the rule applies.
UPDATE invitation older
   SET revoked_at = now()
 WHERE older.redeemed_at IS NULL AND older.revoked_at IS NULL
   AND EXISTS (SELECT 1 FROM invitation newer
                WHERE newer.newcomer_id = older.newcomer_id
                  AND newer.redeemed_at IS NULL AND newer.revoked_at IS NULL
                  AND (newer.created_at, newer.id) > (older.created_at, older.id));

-- Open means neither redeemed nor revoked. Whether it has expired cannot be part of the rule, as an
-- index predicate cannot use now(); an expired open invitation is revoked when a new one is issued.
CREATE UNIQUE INDEX invitation_one_open_per_newcomer ON invitation (newcomer_id)
    WHERE redeemed_at IS NULL AND revoked_at IS NULL;
