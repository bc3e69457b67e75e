-- Gifts exchanged for points (积分兑换礼品): promo-war's exchange saga places an order for the gift
-- whose whole price is paid with points. Such an order has no payment; it records the offer.
ALTER TABLE customer_order ADD COLUMN points_offer_id VARCHAR(36);
CREATE INDEX customer_order_points_offer ON customer_order (points_offer_id) WHERE points_offer_id IS NOT NULL;
