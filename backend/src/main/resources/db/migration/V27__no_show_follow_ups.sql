-- A newcomer who did not come to their workshop gets one follow-up inviting them to book again
-- (attendance.NoShowFollowUps). A row is made per newcomer and session once the no-show has stood for
-- the grace period (meedoen.no-show-follow-ups.grace), and handled in the transaction that queues the
-- mail and the notifications: the primary key makes a second one impossible, senders on every
-- instance claim open rows with FOR UPDATE SKIP LOCKED, and a row made before a restart is handled
-- after it. The outcome says what happened: sent (by mail, notification or both), no-contact (neither
-- an e-mail address nor a phone that allows notifications), present (corrected before it went out),
-- booked-again (they had booked another workshop meanwhile).
CREATE TABLE no_show_follow_up (
    session_id  uuid        NOT NULL,
    newcomer_id uuid        NOT NULL,
    made_at     timestamptz NOT NULL DEFAULT now(),
    handled_at  timestamptz,
    outcome     text        CHECK (outcome IN ('sent', 'no-contact', 'present', 'booked-again')),
    PRIMARY KEY (session_id, newcomer_id),
    FOREIGN KEY (session_id, newcomer_id) REFERENCES attendance (session_id, newcomer_id) ON DELETE CASCADE,
    CHECK ((handled_at IS NULL) = (outcome IS NULL))
);

CREATE INDEX no_show_follow_up_open ON no_show_follow_up (made_at) WHERE handled_at IS NULL;

-- The seat of a workshop the newcomer missed ends as 'missed' when the follow-up is handled: a
-- newcomer has one active booking, and the missed one would otherwise keep them from booking again.
ALTER TABLE booking DROP CONSTRAINT booking_status_check;
ALTER TABLE booking ADD CONSTRAINT booking_status_check
    CHECK (status IN ('confirmed', 'waitlisted', 'cancelled', 'moved', 'session-cancelled', 'missed'));
