-- Membership: growth (from paid orders) decides the member level; points are earned, spent and
-- expire. Every change of an account's points or growth takes its membership row's lock first,
-- so the balance here always equals what its open lots hold.
CREATE TABLE membership (
    account_id  VARCHAR(36)  PRIMARY KEY REFERENCES account (id),
    growth      BIGINT       NOT NULL DEFAULT 0 CHECK (growth >= 0),
    points      BIGINT       NOT NULL DEFAULT 0 CHECK (points >= 0),
    updated_at  TIMESTAMPTZ  NOT NULL
);

-- Points come in lots (one per paid order or grant), each with its own expiry; spending takes
-- from the lot that expires first.
CREATE TABLE points_lot (
    id          VARCHAR(36)  PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES account (id),
    source      VARCHAR(16)  NOT NULL,
    reference   VARCHAR(64)  NOT NULL,
    amount      BIGINT       NOT NULL CHECK (amount > 0),
    remaining   BIGINT       NOT NULL CHECK (remaining >= 0 AND remaining <= amount),
    earned_at   TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX points_lot_open ON points_lot (account_id, expires_at) WHERE remaining > 0;
CREATE INDEX points_lot_expiring ON points_lot (expires_at) WHERE remaining > 0;
-- An order earns points once, however often its paid event arrives.
CREATE UNIQUE INDEX points_lot_order ON points_lot (reference) WHERE source = 'ORDER';

-- The shopper's statement: every change of the balance, never updated.
CREATE TABLE points_entry (
    id          VARCHAR(36)  PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES account (id),
    kind        VARCHAR(16)  NOT NULL,
    delta       BIGINT       NOT NULL,
    reference   VARCHAR(64)  NOT NULL,
    note        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX points_entry_account ON points_entry (account_id, created_at DESC);

-- Points held by a saga (a checkout, a points exchange) as an LRA participant: taken from the
-- balance when held, spent when the saga closes, returned to their lots when it is cancelled or
-- the order is refunded in full. A row without an account is a saga that ended here before it
-- held anything, so a late hold is refused.
CREATE TABLE points_hold (
    lra_id      VARCHAR(255) PRIMARY KEY,
    account_id  VARCHAR(36),
    reference   VARCHAR(64),
    points      BIGINT       NOT NULL DEFAULT 0 CHECK (points >= 0),
    state       VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    ended_at    TIMESTAMPTZ
);
CREATE INDEX points_hold_reference ON points_hold (reference);

CREATE TABLE points_hold_share (
    lra_id  VARCHAR(255) NOT NULL REFERENCES points_hold (lra_id),
    lot_id  VARCHAR(36)  NOT NULL REFERENCES points_lot (id),
    points  BIGINT       NOT NULL CHECK (points > 0),
    PRIMARY KEY (lra_id, lot_id)
);

-- What each paid order credited (growth and points), so its refunds take back their share once.
CREATE TABLE order_reward (
    order_id    VARCHAR(64)  PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES account (id),
    paid        BIGINT       NOT NULL CHECK (paid >= 0),
    refunded    BIGINT       NOT NULL DEFAULT 0 CHECK (refunded >= 0),
    growth      BIGINT       NOT NULL CHECK (growth >= 0),
    created_at  TIMESTAMPTZ  NOT NULL
);

-- Refunds already applied to rewards (one refund event may arrive twice).
CREATE TABLE order_reward_refund (
    refund_id   VARCHAR(64)  PRIMARY KEY,
    order_id    VARCHAR(64)  NOT NULL REFERENCES order_reward (order_id),
    amount      BIGINT       NOT NULL CHECK (amount >= 0),
    created_at  TIMESTAMPTZ  NOT NULL
);
