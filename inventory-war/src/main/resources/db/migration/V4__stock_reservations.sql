-- Stock held by checkout sagas: one reservation per LRA, with its lines. RESERVED moves units
-- from available to reserved; the saga's end deducts them (DEDUCTED) or gives them back
-- (RELEASED). A reservation that ended never changes again.
CREATE TABLE stock_reservation (
    lra_id      VARCHAR(400) PRIMARY KEY,
    order_id    VARCHAR(64),
    state       VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    ended_at    TIMESTAMPTZ
);

CREATE TABLE stock_reservation_line (
    lra_id    VARCHAR(400) NOT NULL REFERENCES stock_reservation (lra_id),
    sku_id    VARCHAR(36)  NOT NULL,
    quantity  INTEGER      NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (lra_id, sku_id)
);
