-- Gifts for points (积分兑换礼品): an offer is either a coupon template's coupons (COUPON) or a SKU
-- the shop ships (GIFT) from the offer's own quantity, with a per-shopper limit. A gift exchange
-- takes a unit in the transaction that records it (remaining + live exchanges = quantity) and
-- places an order for it in order-war inside the exchange's saga.
ALTER TABLE points_offer ALTER COLUMN template_id DROP NOT NULL;
ALTER TABLE points_offer ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'COUPON' CHECK (kind IN ('COUPON', 'GIFT'));
ALTER TABLE points_offer ADD COLUMN sku_id VARCHAR(36);
ALTER TABLE points_offer ADD COLUMN product_id VARCHAR(36);
ALTER TABLE points_offer ADD COLUMN quantity INTEGER;
ALTER TABLE points_offer ADD COLUMN remaining INTEGER;
ALTER TABLE points_offer ADD COLUMN per_user_limit INTEGER;
ALTER TABLE points_offer ADD CONSTRAINT points_offer_kind_terms CHECK (
    (kind = 'COUPON' AND template_id IS NOT NULL AND sku_id IS NULL)
    OR (kind = 'GIFT' AND template_id IS NULL AND sku_id IS NOT NULL AND product_id IS NOT NULL AND quantity > 0
        AND remaining >= 0 AND remaining <= quantity AND per_user_limit > 0));

ALTER TABLE points_exchange ADD COLUMN order_id VARCHAR(36);
CREATE INDEX points_exchange_offer_user ON points_exchange (offer_id, user_id) WHERE status IN ('PENDING', 'DONE');
