-- Flash sales (限时秒杀): a SKU at a price for a window, with its own quota. A unit is taken with
-- one conditional update (remaining >= quantity) before the checkout saga starts, and the
-- shopper's units with one conditional upsert (units <= per_user_limit), in one transaction.

CREATE TABLE flash_sale (
    id              VARCHAR(36)  PRIMARY KEY,
    sku_id          VARCHAR(36)  NOT NULL,
    product_id      VARCHAR(36)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    -- The sale price in fen, and the catalog price when the sale was created (for display).
    price           BIGINT       NOT NULL CHECK (price > 0),
    regular_price   BIGINT       NOT NULL CHECK (regular_price > 0),
    currency        CHAR(3)      NOT NULL DEFAULT 'CNY',
    quantity        INTEGER      NOT NULL CHECK (quantity > 0),
    remaining       INTEGER      NOT NULL CHECK (remaining >= 0 AND remaining <= quantity),
    per_user_limit  INTEGER      NOT NULL CHECK (per_user_limit > 0),
    starts_at       TIMESTAMPTZ  NOT NULL,
    ends_at         TIMESTAMPTZ  NOT NULL CHECK (ends_at > starts_at),
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    created_by      VARCHAR(64),
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX flash_sale_window ON flash_sale (status, ends_at, starts_at);

-- Units each shopper holds of a sale (taken and not given back).
CREATE TABLE flash_sale_buyer (
    flash_sale_id  VARCHAR(36) NOT NULL REFERENCES flash_sale (id),
    user_id        VARCHAR(64) NOT NULL,
    units          INTEGER     NOT NULL CHECK (units >= 0),
    PRIMARY KEY (flash_sale_id, user_id)
);

-- One take of units, its id chosen by the checkout: TAKEN before the saga, HELD once its checkout
-- saga joined, then SOLD (the order was paid) or RETURNED (the checkout failed, was not paid, or
-- never joined in time). A checkout that gave up on a take it never heard back about leaves a
-- RETURNED row without a sale (quantity 0) under that id, so the take, if it arrives late, fails.
CREATE TABLE flash_sale_take (
    id             VARCHAR(36)  PRIMARY KEY,
    flash_sale_id  VARCHAR(36)  REFERENCES flash_sale (id),
    user_id        VARCHAR(64),
    quantity       INTEGER      NOT NULL CHECK (quantity >= 0),
    -- The sale price the units were taken at, in fen: what the checkout charges.
    price          BIGINT       NOT NULL CHECK (price >= 0),
    state          VARCHAR(16)  NOT NULL CHECK (state IN ('TAKEN', 'HELD', 'SOLD', 'RETURNED')),
    lra_id         VARCHAR(400) UNIQUE,
    order_id       VARCHAR(64),
    taken_at       TIMESTAMPTZ  NOT NULL,
    ended_at       TIMESTAMPTZ
);
CREATE INDEX flash_sale_take_waiting ON flash_sale_take (taken_at) WHERE state = 'TAKEN';

-- A checkout saga that ended here without holding a take: a late join is refused.
CREATE TABLE flash_sale_saga_end (
    lra_id    VARCHAR(400) PRIMARY KEY,
    state     VARCHAR(16)  NOT NULL,
    ended_at  TIMESTAMPTZ  NOT NULL
);
