-- Web Push to the newcomer's installed app: the key pair that identifies Meedoen to push services
-- (VAPID), the subscription of each linked phone, and an outbox of notifications with one row per
-- phone, written in the transaction of the change that causes it. Senders on every instance claim
-- due rows with FOR UPDATE SKIP LOCKED (push.PushSender).

-- One key pair for all instances, made at first start and never replaced: every subscription a
-- browser made is bound to this public key.
CREATE TABLE push_vapid_key (
    id          integer     PRIMARY KEY CHECK (id = 1),
    -- The uncompressed P-256 point (0x04, x, y), as browsers take it for applicationServerKey.
    public_key  bytea       NOT NULL CHECK (length(public_key) = 65 AND get_byte(public_key, 0) = 4),
    -- PKCS #8.
    private_key bytea       NOT NULL CHECK (length(private_key) BETWEEN 32 AND 512),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- A phone that allowed notifications. It belongs to the phone's sign-in, so a phone that is signed
-- out (a new invitation for a lost phone) no longer gets the newcomer's notifications. The endpoint
-- is personal data: it identifies one browser on one device.
CREATE TABLE push_subscription (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    newcomer_session_id uuid        NOT NULL UNIQUE REFERENCES newcomer_session (id) ON DELETE CASCADE,
    endpoint            text        NOT NULL UNIQUE CHECK (endpoint ~ '^https://[^\s]+$' AND length(endpoint) <= 1024),
    -- The browser's P-256 public key (uncompressed point) and its 16-byte authentication secret.
    p256dh              bytea       NOT NULL CHECK (length(p256dh) = 65 AND get_byte(p256dh, 0) = 4),
    auth                bytea       NOT NULL CHECK (length(auth) = 16),
    created_at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE push_outbox (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subscription_id bigint      NOT NULL REFERENCES push_subscription (id) ON DELETE CASCADE,
    -- Names the notice (such as reminder-2h:<booking>), so that queueing it again adds nothing.
    dedup_key       text        NOT NULL CHECK (dedup_key ~ '^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$'),
    -- What the notification is for, such as session-reminder; the only thing about it that logs may name.
    kind            text        NOT NULL CHECK (kind ~ '^[a-z][a-z0-9-]*$'),
    -- The JSON the service worker shows; emptied once sent.
    payload         text        NOT NULL CHECK (octet_length(payload) <= 3072),
    created_at      timestamptz NOT NULL DEFAULT now(),
    -- After this moment the notice is no longer worth showing: it is not sent any more.
    valid_until     timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    sent_at         timestamptz,
    -- Set when the notice will never be sent: it expired, or the push service refused it for good.
    given_up_at     timestamptz,
    -- The kind of the last failure (exception type, HTTP status), never an endpoint or a text.
    last_error      text,
    UNIQUE (subscription_id, dedup_key),
    CHECK (valid_until > created_at),
    CHECK (sent_at IS NULL OR given_up_at IS NULL)
);

-- Senders look for pending notices that are due; finished ones only by age, to remove them.
CREATE INDEX push_outbox_due ON push_outbox (next_attempt_at, id) WHERE sent_at IS NULL AND given_up_at IS NULL;
CREATE INDEX push_outbox_finished ON push_outbox (coalesce(sent_at, given_up_at)) WHERE sent_at IS NOT NULL OR given_up_at IS NOT NULL;
