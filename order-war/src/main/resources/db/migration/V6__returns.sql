-- Returns of delivered goods (七天无理由): requested by the shopper with a reason and lines,
-- approved or rejected by an operator, received back, then refunded through the refund saga.
CREATE TABLE order_return (
    id                 VARCHAR(36)  PRIMARY KEY,
    order_id           VARCHAR(36)  NOT NULL REFERENCES customer_order (id),
    user_id            VARCHAR(36)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    reason             VARCHAR(200) NOT NULL,
    -- Fixed when the goods are received: the lines' share of what was paid (and the shipping
    -- when this return brings back the last units of the order).
    refund_amount      BIGINT       CHECK (refund_amount >= 0),
    includes_shipping  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX order_return_of_order ON order_return (order_id);
CREATE INDEX order_return_by_status ON order_return (status, created_at);

CREATE TABLE order_return_line (
    return_id  VARCHAR(36) NOT NULL REFERENCES order_return (id),
    line_no    INTEGER     NOT NULL,
    line_id    VARCHAR(36) NOT NULL,
    sku_id     VARCHAR(36) NOT NULL,
    quantity   INTEGER     NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (return_id, line_no)
);

-- Every status a return went through, who moved it and why.
CREATE TABLE order_return_step (
    return_id  VARCHAR(36)  NOT NULL REFERENCES order_return (id),
    seq        INTEGER      NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    note       VARCHAR(200),
    actor      VARCHAR(64)  NOT NULL,
    at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (return_id, seq)
);

ALTER TABLE order_refund ADD COLUMN return_id VARCHAR(36) REFERENCES order_return (id);
CREATE INDEX order_refund_of_return ON order_refund (return_id);
