-- Carts, kept server-side: one row per SKU in a shopper's cart. Prices are not kept: the cart
-- always shows the catalog's current ones.
CREATE TABLE cart_item (
    user_id   VARCHAR(36)  NOT NULL,
    sku_id    VARCHAR(36)  NOT NULL,
    quantity  INTEGER      NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    selected  BOOLEAN      NOT NULL DEFAULT TRUE,
    added_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (user_id, sku_id)
);
