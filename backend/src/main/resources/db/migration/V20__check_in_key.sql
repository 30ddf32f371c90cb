-- The platform's Ed25519 key pair that signs newcomers' check-in codes; trainers' phones verify them
-- offline with the public key. One row: the first instance that needs it makes it, and an instance
-- that loses the race (INSERT … ON CONFLICT DO NOTHING) reads the winner's key.
CREATE TABLE check_in_key (
    id          smallint    PRIMARY KEY CHECK (id = 1),
    -- PKCS#8 and X.509 encodings, as the JDK reads and writes them.
    private_key bytea       NOT NULL,
    public_key  bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
