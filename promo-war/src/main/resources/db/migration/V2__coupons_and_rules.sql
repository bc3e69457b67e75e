-- Coupons (templates operators create, coupons shoppers claim), promotion rules (满减, 满N件折)
-- and the saga records that lock a coupon during checkout and give it back after a refund.

-- A kind of coupon. Claims take a unit with a conditional update of claimed (< total_quantity),
-- so concurrent claims never issue more than the total.
CREATE TABLE coupon_template (
    id              VARCHAR(36)  PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    type            VARCHAR(16)  NOT NULL CHECK (type IN ('FIXED', 'PERCENT', 'THRESHOLD')),
    -- fen the eligible goods must reach; 0: none.
    threshold       BIGINT       NOT NULL DEFAULT 0 CHECK (threshold >= 0),
    -- fen off (FIXED, THRESHOLD) or whole percent off (PERCENT).
    discount        BIGINT       NOT NULL CHECK (discount > 0),
    -- PERCENT only: the most it takes off, in fen.
    max_discount    BIGINT       CHECK (max_discount > 0),
    currency        CHAR(3)      NOT NULL DEFAULT 'CNY',
    -- {"categoryIds": [...], "productIds": [...]}; both empty: the whole shop.
    scope           TEXT         NOT NULL DEFAULT '{}',
    exclusive       BOOLEAN      NOT NULL DEFAULT FALSE,
    valid_from      TIMESTAMPTZ  NOT NULL,
    valid_to        TIMESTAMPTZ  NOT NULL CHECK (valid_to > valid_from),
    total_quantity  INTEGER      NOT NULL CHECK (total_quantity > 0),
    claimed         INTEGER      NOT NULL DEFAULT 0 CHECK (claimed >= 0 AND claimed <= total_quantity),
    per_user_limit  INTEGER      NOT NULL CHECK (per_user_limit > 0),
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'ENDED')),
    created_by      VARCHAR(64),
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0
);

-- One shopper's coupon. EXPIRED is not stored: an AVAILABLE coupon past its template's valid_to
-- reads as expired.
CREATE TABLE coupon (
    id           VARCHAR(36) PRIMARY KEY,
    template_id  VARCHAR(36) NOT NULL REFERENCES coupon_template (id),
    user_id      VARCHAR(64) NOT NULL,
    status       VARCHAR(16) NOT NULL CHECK (status IN ('AVAILABLE', 'LOCKED', 'USED')),
    order_id     VARCHAR(64),
    claimed_at   TIMESTAMPTZ NOT NULL,
    locked_at    TIMESTAMPTZ,
    used_at      TIMESTAMPTZ,
    version      BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX coupon_owner ON coupon (user_id, status);
CREATE INDEX coupon_template_owner ON coupon (template_id, user_id);

-- A checkout saga's hold on a coupon: LOCKED until the saga completes (USED) or is cancelled
-- (RELEASED). A callback for a saga that locked nothing leaves a row with its end, so a late
-- lock is refused.
CREATE TABLE coupon_lock (
    lra_id      VARCHAR(400) PRIMARY KEY,
    coupon_id   VARCHAR(36),
    order_id    VARCHAR(64),
    state       VARCHAR(16)  NOT NULL CHECK (state IN ('LOCKED', 'USED', 'RELEASED')),
    created_at  TIMESTAMPTZ  NOT NULL,
    ended_at    TIMESTAMPTZ
);

-- A refund saga giving a used coupon back: ANNOUNCED until the saga closes (RETURNED, or KEPT
-- when the coupon can no longer be used) or is cancelled (DROPPED).
CREATE TABLE coupon_return (
    lra_id      VARCHAR(400) PRIMARY KEY,
    coupon_id   VARCHAR(36),
    order_id    VARCHAR(64),
    state       VARCHAR(16)  NOT NULL CHECK (state IN ('ANNOUNCED', 'RETURNED', 'KEPT', 'DROPPED')),
    created_at  TIMESTAMPTZ  NOT NULL,
    ended_at    TIMESTAMPTZ
);

-- Full-reduction and tiered rules: tiers are [{"threshold": n, "discount": n}], thresholds in fen
-- and discounts in fen for AMOUNT_OFF (满300减40), units and whole percent off for
-- QUANTITY_PERCENT_OFF (满2件9折 = 10). An exclusive rule applies alone: no coupon, no other rule.
CREATE TABLE promotion_rule (
    id          VARCHAR(36)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(24)  NOT NULL CHECK (kind IN ('AMOUNT_OFF', 'QUANTITY_PERCENT_OFF')),
    tiers       TEXT         NOT NULL,
    currency    CHAR(3)      NOT NULL DEFAULT 'CNY',
    scope       TEXT         NOT NULL DEFAULT '{}',
    exclusive   BOOLEAN      NOT NULL DEFAULT FALSE,
    valid_from  TIMESTAMPTZ  NOT NULL,
    valid_to    TIMESTAMPTZ  NOT NULL CHECK (valid_to > valid_from),
    status      VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'ENDED')),
    created_by  VARCHAR(64),
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX promotion_rule_live ON promotion_rule (status, valid_to);
