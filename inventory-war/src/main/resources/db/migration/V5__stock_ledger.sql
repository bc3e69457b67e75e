-- The inventory ledger: every movement of stock with its reason, order and actor; units sold;
-- a low-stock threshold per SKU. Conservation, per SKU, at any time:
--   SEEDED + ADJUSTED movements = available + reserved + sold.
ALTER TABLE stock ADD COLUMN sold INTEGER NOT NULL DEFAULT 0 CHECK (sold >= 0);
ALTER TABLE stock ADD COLUMN low_threshold INTEGER NOT NULL DEFAULT 10 CHECK (low_threshold >= 0);

CREATE TABLE stock_movement (
    id               BIGSERIAL     PRIMARY KEY,
    sku_id           VARCHAR(36)   NOT NULL,
    -- SEEDED, ADJUSTED (operators), RESERVED, RELEASED, DEDUCTED (checkout sagas).
    kind             VARCHAR(16)   NOT NULL,
    -- Units: the change of available for SEEDED, ADJUSTED, RESERVED (negative) and RELEASED;
    -- the units moved from reserved to sold for DEDUCTED.
    quantity         INTEGER       NOT NULL,
    available_after  INTEGER       NOT NULL,
    reserved_after   INTEGER       NOT NULL,
    order_id         VARCHAR(36),
    reason           VARCHAR(200),
    actor            VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX stock_movement_of_sku ON stock_movement (sku_id, id);

-- The ledger opens with the stock as it is.
INSERT INTO stock_movement (sku_id, kind, quantity, available_after, reserved_after, reason, actor)
SELECT sku_id, 'SEEDED', available + reserved, available, reserved, 'ledger opened', 'system' FROM stock;
