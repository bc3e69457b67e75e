-- What promotions an order used (promo-war's ids): the coupon its discount used, which a full
-- refund gives back, and the flash sale it was bought in.
ALTER TABLE customer_order ADD COLUMN coupon_id VARCHAR(36);
ALTER TABLE customer_order ADD COLUMN flash_sale_id VARCHAR(36);
