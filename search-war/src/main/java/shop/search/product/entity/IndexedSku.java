package shop.search.product.entity;

import java.util.Objects;

/**
 * One purchasable variant of an indexed product.
 *
 * @param skuId the SKU's id, unique across the catalog
 * @param price the price in fen (1/100 CNY)
 * @param specs the variant's specifications as shown to shoppers, e.g. {@code "颜色:白色 存储:256GB"}; nullable
 */
public record IndexedSku(String skuId, long price, String specs) {
    public IndexedSku {
        Objects.requireNonNull(skuId, "skuId");
    }
}
