-- The coupon an order's discount used (promo-war's coupon id): a full refund gives it back.
ALTER TABLE customer_order ADD COLUMN coupon_id VARCHAR(36);
