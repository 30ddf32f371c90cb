-- Workshop sessions a municipality plans, with their trainers, and the municipality's booking rules.
-- Times are instants (timestamptz); coordinators enter and read them in Europe/Amsterdam.

CREATE TABLE booking_settings (
    municipality_code           text        PRIMARY KEY REFERENCES municipality (code) ON DELETE CASCADE,
    -- A newcomer may cancel or move a booking until this many hours before the session starts.
    cancellation_deadline_hours integer     NOT NULL CHECK (cancellation_deadline_hours BETWEEN 0 AND 336),
    updated_at                  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE workshop_session (
    id                    uuid        PRIMARY KEY,
    municipality_code     text        NOT NULL REFERENCES municipality (code),
    -- Sessions copied as a weekly series share the id of the session they were copied from.
    series_id             uuid,
    title                 text        NOT NULL CHECK (title <> '' AND length(title) <= 200),
    starts_at             timestamptz NOT NULL,
    ends_at               timestamptz NOT NULL,
    place_name            text        NOT NULL CHECK (place_name <> ''),
    place_address         text        NOT NULL CHECK (place_address <> ''),
    place_room            text,
    accessibility_notes   text,
    map_link              text        CHECK (map_link ~ '^https://\S+$'),
    capacity              integer     NOT NULL CHECK (capacity > 0),
    -- Languages the session is taught in, and those an interpreter is there for (supported locale codes).
    languages             text[]      NOT NULL CHECK (cardinality(languages) > 0),
    interpreter_languages text[]      NOT NULL DEFAULT '{}',
    status                text        NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'cancelled', 'completed')),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);

CREATE INDEX workshop_session_by_start ON workshop_session (municipality_code, starts_at);

-- Trainers are staff with the trainer role in the session's municipality (checked when planning).
CREATE TABLE workshop_session_trainer (
    session_id uuid NOT NULL REFERENCES workshop_session (id) ON DELETE CASCADE,
    staff_id   uuid NOT NULL REFERENCES staff (id),
    PRIMARY KEY (session_id, staff_id)
);
