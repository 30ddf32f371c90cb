-- The mail outbox: a mail is a row written in the transaction of the change that causes it, and
-- stays until it is sent. Senders on every instance claim due rows with FOR UPDATE SKIP LOCKED.
-- Once sent, the bodies are emptied (they may hold a one-time link) and the row is removed after a
-- month (OutboxCleanUp).

CREATE TABLE mail_outbox (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- What the mail is for, such as staff-welcome; the only thing about a mail that logs may name.
    kind            text        NOT NULL CHECK (kind ~ '^[a-z][a-z0-9-]*$'),
    recipient       text        NOT NULL CHECK (recipient ~ '^[^@\s]+@[^@\s]+$'),
    subject         text        NOT NULL CHECK (subject <> '' AND subject !~ '[\r\n]'),
    text_body       text        NOT NULL,
    html_body       text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    -- The kind of the last failure (exception type, SMTP reply code), never an address or a text.
    last_error      text,
    CHECK (sent_at IS NULL OR sent_at >= created_at)
);

-- Senders look for unsent mail that is due; sent mail is only looked at by age, to remove it.
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at, id) WHERE sent_at IS NULL;
CREATE INDEX mail_outbox_sent ON mail_outbox (sent_at) WHERE sent_at IS NOT NULL;
