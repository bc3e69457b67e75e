-- When the provider took the money (the day a payment counts in for reconciliation).
ALTER TABLE payment ADD COLUMN paid_at TIMESTAMPTZ;
UPDATE payment SET paid_at = updated_at WHERE provider_txn_id IS NOT NULL AND status IN ('SUCCEEDED', 'REFUNDED');
CREATE INDEX payment_paid_on ON payment (paid_at) WHERE paid_at IS NOT NULL;
CREATE INDEX refund_made_on ON refund (created_at);

-- The sandbox provider's own books, standing in for Alipay's or WeChat Pay's side: every payment
-- it took and refund it gave, in its own transaction (a real provider is another system). Its
-- daily statement is read from here.
CREATE TABLE sandbox_ledger (
    provider_txn_id  VARCHAR(100) PRIMARY KEY,
    kind             VARCHAR(16)  NOT NULL,
    payment_id       VARCHAR(36)  NOT NULL,
    refund_id        VARCHAR(36),
    amount           BIGINT       NOT NULL CHECK (amount > 0),
    currency         CHAR(3)      NOT NULL,
    at               TIMESTAMPTZ  NOT NULL
);
CREATE INDEX sandbox_ledger_on ON sandbox_ledger (at);

-- Daily reconciliation of a provider's statement with our payments and refunds: one report per
-- day and provider (run again, it is replaced), listing every mismatch.
CREATE TABLE reconciliation (
    id          VARCHAR(36)  PRIMARY KEY,
    day         DATE         NOT NULL,
    provider    VARCHAR(32)  NOT NULL,
    ran_at      TIMESTAMPTZ  NOT NULL,
    matched     INTEGER      NOT NULL,
    UNIQUE (day, provider)
);

CREATE TABLE reconciliation_mismatch (
    reconciliation_id  VARCHAR(36)  NOT NULL REFERENCES reconciliation (id) ON DELETE CASCADE,
    seq                INTEGER      NOT NULL,
    -- MISSING_AT_PROVIDER (we recorded money the provider did not move), MISSING_HERE (the
    -- provider moved money we did not record), AMOUNT_DIFFERS.
    problem            VARCHAR(24)  NOT NULL,
    kind               VARCHAR(16)  NOT NULL,
    payment_id         VARCHAR(36),
    refund_id          VARCHAR(36),
    provider_txn_id    VARCHAR(100),
    ours               BIGINT,
    theirs             BIGINT,
    PRIMARY KEY (reconciliation_id, seq)
);
