-- Stock per SKU. Reservations (the checkout saga) move units from available to reserved in one
-- atomic update; the checks make negative stock impossible whatever the code does.
CREATE TABLE stock (
    sku_id      VARCHAR(36)  PRIMARY KEY,
    available   INTEGER      NOT NULL CHECK (available >= 0),
    reserved    INTEGER      NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);

-- Which seed data sets were applied (the demo stock at first start), so seeding runs once.
CREATE TABLE seed_applied (
    name        VARCHAR(64)  PRIMARY KEY,
    applied_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
