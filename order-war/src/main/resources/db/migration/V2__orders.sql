-- Orders placed through the checkout saga. An order is written before the saga's participants
-- are asked (CHECKING_OUT, invisible to the shopper), becomes PENDING_PAYMENT when stock and
-- payment are held, and ends PAID, CANCELLED or, for a refused checkout, REJECTED (never shown).
CREATE TABLE customer_order (
    id             VARCHAR(36)  PRIMARY KEY,
    user_id        VARCHAR(36)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    lra_id         VARCHAR(400) NOT NULL UNIQUE,
    payment_id     VARCHAR(36),
    currency       CHAR(3)      NOT NULL,
    items_total    BIGINT       NOT NULL CHECK (items_total >= 0),
    discount       BIGINT       NOT NULL CHECK (discount >= 0),
    shipping       BIGINT       NOT NULL CHECK (shipping >= 0),
    points_value   BIGINT       NOT NULL CHECK (points_value >= 0),
    payable        BIGINT       NOT NULL CHECK (payable >= 0),
    address        TEXT         NOT NULL,
    cancel_reason  VARCHAR(40),
    expires_at     TIMESTAMPTZ  NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX customer_order_of_user ON customer_order (user_id, created_at DESC);
CREATE INDEX customer_order_checking_out ON customer_order (created_at) WHERE status = 'CHECKING_OUT';

-- What was bought, as it was when the order was placed (later catalog edits change nothing here).
CREATE TABLE order_line (
    order_id      VARCHAR(36)  NOT NULL REFERENCES customer_order (id),
    line_no       INTEGER      NOT NULL,
    line_id       VARCHAR(36)  NOT NULL UNIQUE,
    sku_id        VARCHAR(36)  NOT NULL,
    product_id    VARCHAR(36)  NOT NULL,
    product_name  VARCHAR(200) NOT NULL,
    specs         TEXT         NOT NULL,
    image         VARCHAR(500),
    unit_price    BIGINT       NOT NULL CHECK (unit_price >= 0),
    quantity      INTEGER      NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    amount        BIGINT       NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (order_id, line_no)
);

-- Every status the order went through, for the order's history.
CREATE TABLE order_status_change (
    order_id  VARCHAR(36) NOT NULL REFERENCES customer_order (id),
    seq       INTEGER     NOT NULL,
    status    VARCHAR(20) NOT NULL,
    reason    VARCHAR(40),
    at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (order_id, seq)
);
