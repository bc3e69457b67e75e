-- Points exchange: operators offer a coupon template's coupons for points; a shopper's exchange
-- is a saga in which user-war holds the points and promo-war issues the coupon (docs/promotions.md).
CREATE TABLE points_offer (
    id           VARCHAR(36)  PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    template_id  VARCHAR(36)  NOT NULL UNIQUE REFERENCES coupon_template (id),
    points       BIGINT       NOT NULL CHECK (points > 0),
    status       VARCHAR(16)  NOT NULL,
    created_by   VARCHAR(36)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL
);

CREATE TABLE points_exchange (
    id          VARCHAR(36)  PRIMARY KEY,
    offer_id    VARCHAR(36)  NOT NULL REFERENCES points_offer (id),
    user_id     VARCHAR(36)  NOT NULL,
    points      BIGINT       NOT NULL CHECK (points > 0),
    lra_id      VARCHAR(255) UNIQUE,
    coupon_id   VARCHAR(36),
    status      VARCHAR(16)  NOT NULL,
    problem     TEXT,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX points_exchange_user ON points_exchange (user_id, created_at DESC);
CREATE INDEX points_exchange_open ON points_exchange (status, updated_at) WHERE status = 'PENDING';
