-- Payments: one per checkout saga, created PENDING by the saga; the provider's verified callback
-- makes it SUCCEEDED (or FAILED, after which the shopper may pay again); the saga's compensation
-- VOIDs an unpaid one and REFUNDs a paid one.
CREATE TABLE payment (
    id               VARCHAR(36)  PRIMARY KEY,
    order_id         VARCHAR(36)  NOT NULL,
    user_id          VARCHAR(36)  NOT NULL,
    lra_id           VARCHAR(400) NOT NULL UNIQUE,
    amount           BIGINT       NOT NULL CHECK (amount >= 0),
    currency         CHAR(3)      NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    provider         VARCHAR(32)  NOT NULL,
    provider_txn_id  VARCHAR(100),
    refund_id        VARCHAR(36),
    saga_completed   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX payment_unclosed ON payment (updated_at) WHERE status = 'SUCCEEDED' AND NOT saga_completed;

-- Provider callbacks that were applied: an identical one is answered 200 and changes nothing;
-- a new one must bring a nonce never seen before.
CREATE TABLE payment_callback (
    fingerprint  CHAR(64)     PRIMARY KEY,
    nonce        VARCHAR(100) NOT NULL UNIQUE,
    payment_id   VARCHAR(36)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL
);

-- Sagas that ended here before a payment was created: a late create for one is refused.
CREATE TABLE ended_saga (
    lra_id    VARCHAR(400) PRIMARY KEY,
    ended_at  TIMESTAMPTZ  NOT NULL
);
