-- Hot-selling rankings and recommendations (shop.promo.ranking, shop.promo.recommendation), fed by
-- shop.order.paid and shop.order.refunded through one durable subscription, with what the catalog
-- says about each product kept beside them.

-- Every paid order counted, once whatever event carried it, with its units per product: a refund
-- of the whole order takes back exactly what it added. Kept as long as the ranking window.
CREATE TABLE ranked_order (
    order_id      VARCHAR(100)  PRIMARY KEY,
    paid_at       TIMESTAMPTZ   NOT NULL,
    -- The sales bucket its units went into.
    bucket_start  TIMESTAMPTZ   NOT NULL,
    refunded      BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX ranked_order_bucket ON ranked_order (bucket_start);

CREATE TABLE ranked_order_line (
    order_id    VARCHAR(100)  NOT NULL REFERENCES ranked_order (order_id) ON DELETE CASCADE,
    product_id  VARCHAR(100)  NOT NULL,
    units       BIGINT        NOT NULL CHECK (units > 0),
    PRIMARY KEY (order_id, product_id)
);

-- Units sold per product and bucket (an hour by default): the window sums its buckets, so it
-- slides by whole buckets and old buckets are simply deleted.
CREATE TABLE sales_bucket (
    bucket_start  TIMESTAMPTZ   NOT NULL,
    product_id    VARCHAR(100)  NOT NULL,
    units         BIGINT        NOT NULL,
    PRIMARY KEY (bucket_start, product_id)
);

-- How many paid orders held both products (one row per direction, so a product's partners are
-- one index range). From the whole order history, not only the window.
CREATE TABLE product_pair (
    product_id  VARCHAR(100)  NOT NULL,
    other_id    VARCHAR(100)  NOT NULL,
    orders      BIGINT        NOT NULL,
    PRIMARY KEY (product_id, other_id)
);

-- What catalog-war last said about a product (rankings filter by category and show names from
-- here, so they keep answering while the catalog does not). checked_at NULL: not asked yet.
CREATE TABLE product_fact (
    product_id   VARCHAR(100)  PRIMARY KEY,
    name         TEXT,
    category_id  VARCHAR(36),
    brand_id     VARCHAR(36),
    price        BIGINT,
    currency     VARCHAR(3),
    on_sale      BOOLEAN       NOT NULL DEFAULT FALSE,
    checked_at   TIMESTAMPTZ
);
CREATE INDEX product_fact_due ON product_fact (checked_at NULLS FIRST);
