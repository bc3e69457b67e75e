-- Flash sale checkouts accepted before their saga (POST /order/orders with Prefer: respond-async):
-- the shopper's units are already taken from the sale's quota; the saga runs in the background and
-- the shopper follows it here. Kept so an accepted checkout survives a restart (the sweep picks
-- up what no one is running).
CREATE TABLE flash_checkout (
    id              VARCHAR(36)  PRIMARY KEY,   -- also the id of the order it places
    user_id         VARCHAR(36)  NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    sale_id         VARCHAR(36)  NOT NULL,
    take_id         VARCHAR(36)  NOT NULL UNIQUE,
    sku_id          VARCHAR(36)  NOT NULL,
    quantity        INTEGER      NOT NULL CHECK (quantity > 0),
    price           BIGINT       NOT NULL CHECK (price >= 0),
    address_id      VARCHAR(36)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    problem_code    VARCHAR(40),
    problem_detail  VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX flash_checkout_by_status ON flash_checkout (status, updated_at);
CREATE INDEX flash_checkout_of_user ON flash_checkout (user_id);
