-- Profile fields a shopper may fill in (all optional), favorites and browse history.

-- The checks repeat the rules the API enforces, so no other path can store what it would refuse.
ALTER TABLE account
    ADD COLUMN avatar_url VARCHAR(512),
    ADD COLUMN gender     VARCHAR(16) CHECK (gender IN ('MALE', 'FEMALE', 'UNDISCLOSED')),
    ADD COLUMN birthday   DATE        CHECK (birthday >= DATE '1900-01-01');

-- A favorite keeps what the shopper saw of the product when they added it (name, lowest SKU
-- price, main image), so the list is shown without asking the catalog; adding it again refreshes
-- it. The product id is catalog-war's: no foreign key crosses services.
CREATE TABLE favorite (
    id          VARCHAR(36)   PRIMARY KEY,
    account_id  VARCHAR(36)   NOT NULL REFERENCES account (id),
    product_id  VARCHAR(36)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    price       BIGINT        NOT NULL CHECK (price >= 0),
    currency    CHAR(3)       NOT NULL,
    main_image  VARCHAR(1000),
    added_at    TIMESTAMPTZ   NOT NULL,
    CONSTRAINT favorite_once UNIQUE (account_id, product_id)
);
-- The list: a shopper's favorites, newest first.
CREATE INDEX favorite_newest ON favorite (account_id, added_at DESC, id);

-- One row per product a shopper viewed, with the last view: a new view of the same product moves
-- it to the top. Trimmed on every view to the newest 100 products of the last 90 days; views older
-- than that are also deleted by an hourly sweep, for shoppers who stopped browsing.
CREATE TABLE browse_history (
    id          VARCHAR(36)   PRIMARY KEY,
    account_id  VARCHAR(36)   NOT NULL REFERENCES account (id),
    product_id  VARCHAR(36)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    price       BIGINT        NOT NULL CHECK (price >= 0),
    currency    CHAR(3)       NOT NULL,
    main_image  VARCHAR(1000),
    viewed_at   TIMESTAMPTZ   NOT NULL,
    CONSTRAINT browse_history_once UNIQUE (account_id, product_id)
);
CREATE INDEX browse_history_latest ON browse_history (account_id, viewed_at DESC, id);
-- The sweep of views past 90 days, across all shoppers.
CREATE INDEX browse_history_viewed ON browse_history (viewed_at);
