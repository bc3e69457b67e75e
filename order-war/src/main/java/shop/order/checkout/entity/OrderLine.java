package shop.order.checkout.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One SKU of an order, with the product as it was sold (name, specs, image, unit price). */
@Embeddable
public class OrderLine {

    @Column(name = "line_id")
    private String lineId;

    @Column(name = "sku_id")
    private String skuId;

    @Column(name = "product_id")
    private String productId;

    @Column(name = "product_name")
    private String productName;

    /** The SKU's specs as a JSON object ({@code {"颜色": "黑色"}}). */
    private String specs;

    private String image;

    @Column(name = "unit_price")
    private long unitPrice;

    private int quantity;

    private long amount;

    protected OrderLine() {
    }

    public OrderLine(String lineId, String skuId, String productId, String productName, String specsJson, String image,
            long unitPrice, int quantity) {
        this.lineId = lineId;
        this.skuId = skuId;
        this.productId = productId;
        this.productName = productName;
        this.specs = specsJson;
        this.image = image;
        this.unitPrice = unitPrice;
        this.quantity = quantity;
        this.amount = Math.multiplyExact(unitPrice, (long) quantity);
    }

    public String lineId() { return lineId; }
    public String skuId() { return skuId; }
    public String productId() { return productId; }
    public String productName() { return productName; }
    public String specsJson() { return specs; }
    public String image() { return image; }
    public long unitPrice() { return unitPrice; }
    public int quantity() { return quantity; }
    public long amount() { return amount; }
}
