-- What search shows besides the catalog: stock per SKU and units sold per product, fed by
-- shop.inventory and shop.order events through one durable subscription for the service, and
-- read by every replica's index; and the query log behind the hot words.

-- Every change of a row below takes the next number from this single row; the row stays locked
-- until the change commits, so a replica that read up to number n has seen every change below n.
CREATE TABLE read_model_counter (
    id        SMALLINT  PRIMARY KEY CHECK (id = 1),
    last_seq  BIGINT    NOT NULL
);
INSERT INTO read_model_counter (id, last_seq) VALUES (1, 0);

CREATE TABLE sku_stock (
    sku_id      VARCHAR(36)  PRIMARY KEY,
    available   BIGINT       NOT NULL,
    -- The event time of the figure: an older event arriving late changes nothing.
    as_of       TIMESTAMPTZ  NOT NULL,
    change_seq  BIGINT       NOT NULL
);
CREATE INDEX sku_stock_changes ON sku_stock (change_seq);

CREATE TABLE product_sales (
    product_id  VARCHAR(36)  PRIMARY KEY,
    sold        BIGINT       NOT NULL CHECK (sold >= 0),
    change_seq  BIGINT       NOT NULL
);
CREATE INDEX product_sales_changes ON product_sales (change_seq);

-- Searches per normalized term per day; hot words are the most searched terms of recent days.
CREATE TABLE search_term (
    day       DATE         NOT NULL,
    term      VARCHAR(64)  NOT NULL,
    searches  BIGINT       NOT NULL,
    PRIMARY KEY (day, term)
);
