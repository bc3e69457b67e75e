-- Operators manage the catalog: versions on categories and brands, soft-deleted products,
-- a change feed for read models (search), ratings and reviews.

ALTER TABLE category ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE brand ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- Every change of a product takes the next number from this single row. The row stays locked
-- until the change commits, so changes commit in the order of their numbers and a reader of
-- the feed that saw number n has seen every change below n.
CREATE TABLE product_change_counter (
    id        SMALLINT  PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT    NOT NULL
);

ALTER TABLE product ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE product ADD COLUMN deleted_at TIMESTAMPTZ;

WITH numbered AS (SELECT id, row_number() OVER (ORDER BY created_at, id) AS n FROM product)
UPDATE product SET change_seq = numbered.n FROM numbered WHERE product.id = numbered.id;
INSERT INTO product_change_counter (id, last_seq) SELECT 1, COALESCE(MAX(change_seq), 0) FROM product;
CREATE INDEX product_changes ON product (change_seq);

CREATE TABLE review (
    id          VARCHAR(36)    PRIMARY KEY,
    product_id  VARCHAR(36)    NOT NULL REFERENCES product (id),
    order_id    VARCHAR(36)    NOT NULL,
    user_id     VARCHAR(36)    NOT NULL,
    -- The author as shown to other shoppers (masked username), fixed when written.
    author      VARCHAR(64)    NOT NULL,
    rating      SMALLINT       NOT NULL CHECK (rating BETWEEN 1 AND 5),
    text        VARCHAR(2000)  NOT NULL,
    hidden      BOOLEAN        NOT NULL DEFAULT FALSE,
    hidden_by   VARCHAR(64),
    created_at  TIMESTAMPTZ    NOT NULL,
    -- One review per product per order.
    UNIQUE (order_id, product_id)
);
CREATE INDEX review_of_product ON review (product_id, created_at DESC);

-- The rating of a product over its visible reviews: the average is rating_sum / rating_count.
-- Apart from the product row, so a review never makes an operator's edit look stale.
CREATE TABLE product_rating (
    product_id    VARCHAR(36)  PRIMARY KEY REFERENCES product (id),
    rating_count  INTEGER      NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
    rating_sum    BIGINT       NOT NULL DEFAULT 0 CHECK (rating_sum >= 0)
);
