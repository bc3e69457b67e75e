-- Stock per warehouse. A SKU's units are kept in one or more warehouses (warehouse_stock, one row
-- per SKU and warehouse, its figures changed by one guarded update so they never go negative);
-- the SKU's own row in stock keeps what is judged on the SKU as a whole (the low-stock threshold,
-- against the total available) and is locked by every movement of the SKU's stock, so totals
-- read after a movement are exact. A checkout line is served by one warehouse, recorded on the
-- reservation line; every movement names its warehouse. Conservation, per SKU and warehouse:
--   SEEDED + ADJUSTED movements = available + reserved + sold (a return moves sold back to available).
-- An existing shop keeps everything in one default warehouse, created here.

CREATE TABLE warehouse (
    id          VARCHAR(36)   PRIMARY KEY,
    code        VARCHAR(16)   NOT NULL UNIQUE,
    name        VARCHAR(100)  NOT NULL,
    -- Province or region it ships from, such as 上海 or 广东省.
    region      VARCHAR(50),
    -- Checkouts try warehouses from the lowest priority up.
    priority    INTEGER       NOT NULL DEFAULT 100,
    -- A disabled warehouse keeps its books but serves no checkout and is not counted as available.
    enabled     BOOLEAN       NOT NULL DEFAULT TRUE,
    -- Where an operator's adjustment goes when it names no warehouse; exactly one is.
    is_default  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX warehouse_one_default ON warehouse (is_default) WHERE is_default;

INSERT INTO warehouse (id, code, name, priority, is_default)
VALUES (gen_random_uuid()::text, 'MAIN', '主仓', 10, TRUE);

CREATE TABLE warehouse_stock (
    sku_id        VARCHAR(36)  NOT NULL REFERENCES stock (sku_id),
    warehouse_id  VARCHAR(36)  NOT NULL REFERENCES warehouse (id),
    available     INTEGER      NOT NULL CHECK (available >= 0),
    reserved      INTEGER      NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    sold          INTEGER      NOT NULL DEFAULT 0 CHECK (sold >= 0),
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (sku_id, warehouse_id)
);

-- The stock as it is moves to the default warehouse, and so do its ledger and the lines of
-- reservations still held (their units are in that warehouse now).
INSERT INTO warehouse_stock (sku_id, warehouse_id, available, reserved, sold, updated_at, version)
SELECT sku_id, (SELECT id FROM warehouse WHERE is_default), available, reserved, sold, updated_at, version FROM stock;

ALTER TABLE stock DROP COLUMN available, DROP COLUMN reserved, DROP COLUMN sold;

ALTER TABLE stock_movement ADD COLUMN warehouse_id VARCHAR(36) REFERENCES warehouse (id);
UPDATE stock_movement SET warehouse_id = (SELECT id FROM warehouse WHERE is_default);
ALTER TABLE stock_movement ALTER COLUMN warehouse_id SET NOT NULL;

ALTER TABLE stock_reservation_line ADD COLUMN warehouse_id VARCHAR(36) REFERENCES warehouse (id);
UPDATE stock_reservation_line SET warehouse_id = (SELECT id FROM warehouse WHERE is_default);
ALTER TABLE stock_reservation_line ALTER COLUMN warehouse_id SET NOT NULL;
