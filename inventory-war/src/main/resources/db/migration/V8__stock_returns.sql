-- Stock coming back from a refunded order: announced when a refund saga starts (one per saga),
-- put back when the saga closes (sold -> available, a RETURNED movement in the warehouse that
-- sent it), dropped when it is cancelled.
CREATE TABLE stock_return (
    lra_id      VARCHAR(400) PRIMARY KEY,
    order_id    VARCHAR(36),
    refund_id   VARCHAR(36),
    state       VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    ended_at    TIMESTAMPTZ
);
CREATE INDEX stock_return_of_order ON stock_return (order_id);

CREATE TABLE stock_return_line (
    lra_id        VARCHAR(400) NOT NULL REFERENCES stock_return (lra_id),
    line_no       INTEGER      NOT NULL,
    sku_id        VARCHAR(36)  NOT NULL,
    warehouse_id  VARCHAR(36)  NOT NULL REFERENCES warehouse (id),
    quantity      INTEGER      NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (lra_id, line_no)
);
