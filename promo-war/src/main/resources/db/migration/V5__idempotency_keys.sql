-- Idempotency-Key records (platform's IdempotencyKeys): per owner and key, the request's hash
-- and, once the first attempt succeeded, its response for replays. Kept 24 hours.
CREATE TABLE idempotency_key (
    owner            VARCHAR(100) NOT NULL,
    key_value        VARCHAR(100) NOT NULL,
    request_hash     CHAR(64)     NOT NULL,
    response_status  INTEGER,
    response_type    VARCHAR(100),
    response_body    TEXT,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (owner, key_value)
);
CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
