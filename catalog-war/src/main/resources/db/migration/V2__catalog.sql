-- The catalog: a category tree (three levels), brands, products (SPU) and their SKUs.
CREATE TABLE category (
    id          VARCHAR(36)  PRIMARY KEY,
    parent_id   VARCHAR(36)  REFERENCES category (id),
    name        VARCHAR(64)  NOT NULL,
    name_en     VARCHAR(64),
    level       SMALLINT     NOT NULL CHECK (level BETWEEN 1 AND 3),
    sort_order  INTEGER      NOT NULL DEFAULT 0,
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE INDEX category_parent ON category (parent_id);

CREATE TABLE brand (
    id            VARCHAR(36)  PRIMARY KEY,
    name          VARCHAR(64)  NOT NULL UNIQUE,
    name_en       VARCHAR(64),
    logo_url      VARCHAR(500),
    first_letter  CHAR(1)      NOT NULL
);

CREATE TABLE product (
    id            VARCHAR(36)   PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    name_en       VARCHAR(200),
    description   TEXT,
    category_id   VARCHAR(36)   NOT NULL REFERENCES category (id),
    brand_id      VARCHAR(36)   REFERENCES brand (id),
    status        VARCHAR(16)   NOT NULL,
    -- Ordered image URLs as a JSON array; the first is the main image.
    images        TEXT          NOT NULL DEFAULT '[]',
    version       BIGINT        NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    published_at  TIMESTAMPTZ
);
CREATE INDEX product_listing ON product (status, category_id, brand_id);

CREATE TABLE sku (
    id            VARCHAR(36)  PRIMARY KEY,
    product_id    VARCHAR(36)  NOT NULL REFERENCES product (id),
    -- Spec name to value, as a JSON object in display order, e.g. {"颜色":"白色","存储":"256GB"}.
    specs         TEXT         NOT NULL,
    price         BIGINT       NOT NULL CHECK (price > 0),
    currency      CHAR(3)      NOT NULL,
    barcode       VARCHAR(32),
    weight_grams  INTEGER      CHECK (weight_grams > 0),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order    INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX sku_product ON sku (product_id);

-- Which seed data sets were applied (the demo catalog at first start), so seeding runs once.
CREATE TABLE seed_applied (
    name        VARCHAR(64)  PRIMARY KEY,
    applied_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
