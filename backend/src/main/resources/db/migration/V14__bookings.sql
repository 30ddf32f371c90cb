-- Seats in workshop sessions. Capacity is enforced under a lock on the session's row: every change
-- to the bookings of a session first takes SELECT … FOR UPDATE on it, so counting and writing happen
-- one at a time per session, on every instance. A newcomer has at most one active booking.

CREATE TABLE booking (
    id           uuid        PRIMARY KEY,
    session_id   uuid        NOT NULL REFERENCES workshop_session (id),
    newcomer_id  uuid        NOT NULL REFERENCES newcomer (id) ON DELETE CASCADE,
    status       text        NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled', 'moved', 'session-cancelled')),
    -- The place in the waiting list: first booked, first promoted.
    booked_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- A coordinator who booked on the newcomer's behalf.
    booked_by    uuid        REFERENCES staff (id) ON DELETE SET NULL,
    confirmed_at timestamptz,
    ended_at     timestamptz,
    CHECK ((status IN ('confirmed', 'waitlisted')) = (ended_at IS NULL)),
    CHECK ((status = 'confirmed') <= (confirmed_at IS NOT NULL))
);

CREATE UNIQUE INDEX booking_one_active_per_newcomer ON booking (newcomer_id) WHERE status IN ('confirmed', 'waitlisted');
CREATE INDEX booking_by_session ON booking (session_id, status, booked_at);

-- Booking requests by idempotency key: a retry with the same key gets the first answer, also after a
-- restart. The row is written first in the transaction of the booking, so a concurrent retry waits
-- for it and then reads the answer; a request that failed leaves no row and may be tried again.
CREATE TABLE booking_request (
    caller          text        NOT NULL,
    idempotency_key text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    -- SHA-256 of what was asked (newcomer and session), to refuse the same key for another request.
    request_hash    text        NOT NULL,
    response        text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);

-- Reminders before a session (meedoen.reminders.before, such as two days and two hours). A row is
-- made when its moment has come, for each confirmed booking and each offset, and marked sent in the
-- transaction that queues its mail: the primary key makes a second one impossible, and a reminder
-- due while every instance was down is made and sent at the next start.
CREATE TABLE booking_reminder (
    booking_id     uuid        NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    minutes_before integer     NOT NULL CHECK (minutes_before > 0),
    due_at         timestamptz NOT NULL,
    sent_at        timestamptz,
    PRIMARY KEY (booking_id, minutes_before)
);

CREATE INDEX booking_reminder_unsent ON booking_reminder (due_at) WHERE sent_at IS NULL;
