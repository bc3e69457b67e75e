-- Shipments: one parcel per order. A shipment is written first unconfirmed, then confirmed once
-- order-war moved the order to SHIPPED; an unconfirmed one is reused when the operator asks again,
-- and dropped when the order refuses. Only confirmed shipments are shown and tracked.
CREATE TABLE shipment (
    id            VARCHAR(36)  PRIMARY KEY,
    order_id      VARCHAR(36)  NOT NULL UNIQUE,
    user_id       VARCHAR(36),
    carrier       VARCHAR(40)  NOT NULL,
    tracking_no   VARCHAR(64)  NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    confirmed     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    delivered_at  TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (carrier, tracking_no)
);
CREATE INDEX shipment_of_user ON shipment (user_id);

-- What the carrier reported, in the order it arrived. event_id is the carrier's own id of the
-- update, so a repeated callback is recorded once.
CREATE TABLE shipment_tracking (
    shipment_id  VARCHAR(36)  NOT NULL REFERENCES shipment (id),
    seq          INTEGER      NOT NULL,
    event_id     VARCHAR(64)  NOT NULL UNIQUE,
    status       VARCHAR(20)  NOT NULL,
    location     VARCHAR(100),
    description  VARCHAR(200),
    occurred_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (shipment_id, seq)
);

-- Carrier callbacks already applied (their nonce): a replay with a new body is refused.
CREATE TABLE carrier_callback (
    nonce        VARCHAR(100) PRIMARY KEY,
    received_at  TIMESTAMPTZ  NOT NULL
);
