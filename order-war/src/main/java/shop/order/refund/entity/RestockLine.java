package shop.order.refund.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Units of one SKU that a refund gives back to stock. */
@Embeddable
public class RestockLine {

    @Column(name = "sku_id")
    private String skuId;

    private int quantity;

    protected RestockLine() {
    }

    public RestockLine(String skuId, int quantity) {
        this.skuId = skuId;
        this.quantity = quantity;
    }

    public String skuId() { return skuId; }
    public int quantity() { return quantity; }
}
