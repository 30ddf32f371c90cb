-- Who came to a workshop session. One row per newcomer per session, however many times and on however
-- many devices they were checked in; every scan or tick is kept in check_in, once per id the trainer's
-- device gave it, so a batch sent again changes nothing.
CREATE TABLE attendance (
    session_id     uuid        NOT NULL REFERENCES workshop_session (id) ON DELETE CASCADE,
    newcomer_id    uuid        NOT NULL REFERENCES newcomer (id) ON DELETE CASCADE,
    -- Null for a walk-in who came when every seat was taken.
    booking_id     uuid        REFERENCES booking (id) ON DELETE SET NULL,
    status         text        NOT NULL CHECK (status IN ('present', 'no-show')),
    walk_in        boolean     NOT NULL DEFAULT false,
    over_capacity  boolean     NOT NULL DEFAULT false,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     uuid        REFERENCES staff (id) ON DELETE SET NULL,
    PRIMARY KEY (session_id, newcomer_id),
    CHECK (over_capacity <= walk_in)
);

CREATE TABLE check_in (
    -- Made by the trainer's device when the newcomer was checked in, so that a retry is recognised.
    id          uuid        PRIMARY KEY,
    session_id  uuid        NOT NULL,
    newcomer_id uuid        NOT NULL,
    method      text        NOT NULL CHECK (method IN ('scan', 'tick', 'walk-in')),
    scanned_at  timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    staff_id    uuid        REFERENCES staff (id) ON DELETE SET NULL,
    FOREIGN KEY (session_id, newcomer_id) REFERENCES attendance (session_id, newcomer_id) ON DELETE CASCADE
);

CREATE INDEX check_in_by_attendance ON check_in (session_id, newcomer_id);

-- The trainer's word after the session: who came and who did not. Later changes are coordinators'.
CREATE TABLE attendance_confirmation (
    session_id   uuid        PRIMARY KEY REFERENCES workshop_session (id) ON DELETE CASCADE,
    confirmed_by uuid        REFERENCES staff (id) ON DELETE SET NULL,
    confirmed_at timestamptz NOT NULL DEFAULT now()
);
