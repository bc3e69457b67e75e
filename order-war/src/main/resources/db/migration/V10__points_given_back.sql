-- Points an order paid with go back with its refunds: a return gives back its lines' share of
-- them (fixed when the goods are received, as its money is), a cancellation all of them.
ALTER TABLE order_return ADD COLUMN refund_points BIGINT NOT NULL DEFAULT 0 CHECK (refund_points >= 0);
ALTER TABLE order_refund ADD COLUMN points BIGINT NOT NULL DEFAULT 0 CHECK (points >= 0);
