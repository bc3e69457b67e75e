package shop.order.returns.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Units of one order line coming back. */
@Embeddable
public class ReturnLine {

    @Column(name = "line_id")
    private String lineId;

    @Column(name = "sku_id")
    private String skuId;

    private int quantity;

    protected ReturnLine() {
    }

    public ReturnLine(String lineId, String skuId, int quantity) {
        this.lineId = lineId;
        this.skuId = skuId;
        this.quantity = quantity;
    }

    public String lineId() { return lineId; }
    public String skuId() { return skuId; }
    public int quantity() { return quantity; }
}
