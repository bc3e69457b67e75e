-- After payment: the shipment that carries the order (one parcel per order), delivery,
-- confirmation of receipt, and refunds of paid orders (the refund saga of a cancellation).
ALTER TABLE customer_order ADD COLUMN shipment_id  VARCHAR(36);
ALTER TABLE customer_order ADD COLUMN carrier      VARCHAR(40);
ALTER TABLE customer_order ADD COLUMN tracking_no  VARCHAR(64);
ALTER TABLE customer_order ADD COLUMN shipped_at   TIMESTAMPTZ;
ALTER TABLE customer_order ADD COLUMN delivered_at TIMESTAMPTZ;
ALTER TABLE customer_order ADD COLUMN completed_at TIMESTAMPTZ;
-- Delivered orders the shopper has not confirmed: completed automatically after some days.
CREATE INDEX customer_order_awaiting_receipt ON customer_order (delivered_at) WHERE status = 'DELIVERED';

-- Money going back on an order. The id is also the refund request id payment-war is asked
-- with, so asking again can never refund twice. RUNNING until the refund saga closes (DONE)
-- or is cancelled because the provider refused (FAILED).
CREATE TABLE order_refund (
    id          VARCHAR(36)  PRIMARY KEY,
    order_id    VARCHAR(36)  NOT NULL REFERENCES customer_order (id),
    lra_id      VARCHAR(400) NOT NULL UNIQUE,
    reason      VARCHAR(40)  NOT NULL,
    amount      BIGINT       NOT NULL CHECK (amount >= 0),
    status      VARCHAR(16)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX order_refund_of_order ON order_refund (order_id);
CREATE INDEX order_refund_running ON order_refund (updated_at) WHERE status = 'RUNNING';

-- What a refund gives back to stock, per SKU.
CREATE TABLE order_refund_line (
    refund_id  VARCHAR(36) NOT NULL REFERENCES order_refund (id),
    line_no    INTEGER     NOT NULL,
    sku_id     VARCHAR(36) NOT NULL,
    quantity   INTEGER     NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (refund_id, line_no)
);
