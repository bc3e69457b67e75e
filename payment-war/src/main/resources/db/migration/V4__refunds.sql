-- Refunds, full or partial, each keyed by the refund request id its requester chose, so asking
-- again never refunds twice. A payment keeps how much of it went back; it is REFUNDED once all of it did.
ALTER TABLE payment ADD COLUMN refunded_amount BIGINT NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0);
ALTER TABLE payment ADD CONSTRAINT payment_refund_within_amount CHECK (refunded_amount <= amount);

CREATE TABLE refund (
    id                  VARCHAR(36)  PRIMARY KEY,
    payment_id          VARCHAR(36)  NOT NULL REFERENCES payment (id),
    order_id            VARCHAR(36)  NOT NULL,
    amount              BIGINT       NOT NULL CHECK (amount > 0),
    currency            CHAR(3)      NOT NULL,
    reason              VARCHAR(40)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    provider            VARCHAR(32)  NOT NULL,
    provider_refund_id  VARCHAR(100),
    created_at          TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX refund_of_payment ON refund (payment_id);
CREATE INDEX refund_of_order ON refund (order_id);

-- The automatic refunds made before this table existed (late payments of cancelled orders).
INSERT INTO refund (id, payment_id, order_id, amount, currency, reason, status, provider, created_at, updated_at)
SELECT refund_id, id, order_id, amount, currency, 'ORDER_CANCELLED', 'SUCCEEDED', provider, updated_at, updated_at
FROM payment WHERE status = 'REFUNDED' AND refund_id IS NOT NULL AND amount > 0;
UPDATE payment SET refunded_amount = amount WHERE status = 'REFUNDED';
