package shop.inventory.stock.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The stock of one SKU: units that can be sold now, units held by checkouts in progress, units sold. */
@Entity
@Table(name = "stock")
public class Stock {

    @Id
    @Column(name = "sku_id")
    private String skuId;

    private int available;

    private int reserved;

    /** Units deducted by completed checkouts. */
    private int sold;

    /** At or below this many units available, the SKU is low on stock. */
    @Column(name = "low_threshold")
    private int lowThreshold = 10;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Stock() {
    }

    public Stock(String skuId, int available, OffsetDateTime now) {
        if (available < 0) {
            throw new IllegalArgumentException("stock cannot be negative");
        }
        this.skuId = skuId;
        this.available = available;
        this.updatedAt = now;
    }

    public String skuId() { return skuId; }
    public int available() { return available; }
    public int reserved() { return reserved; }
    public int sold() { return sold; }
    public int lowThreshold() { return lowThreshold; }
}
