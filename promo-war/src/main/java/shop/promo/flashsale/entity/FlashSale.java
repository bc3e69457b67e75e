package shop.promo.flashsale.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * A flash sale (限时秒杀): one SKU at a price between {@code startsAt} and {@code endsAt}, with its
 * own quota and a per-shopper limit. {@code remaining} moves only through the conditional
 * updates of {@code FlashSaleQuota}, never through this entity.
 */
@Entity
@Table(name = "flash_sale")
public class FlashSale {

    /** ACTIVE within its window; ENDED for good (an operator ended it early). */
    public enum Status { ACTIVE, ENDED }

    /** Where the sale stands at a moment, as shoppers see it. */
    public enum Phase { UPCOMING, ON_SALE, SOLD_OUT, ENDED }

    @Id
    private String id;

    @Column(name = "sku_id")
    private String skuId;

    @Column(name = "product_id")
    private String productId;

    private String name;

    private long price;

    @Column(name = "regular_price")
    private long regularPrice;

    private String currency;

    private int quantity;

    @Column(name = "remaining", updatable = false)
    private int remaining;

    @Column(name = "per_user_limit")
    private int perUserLimit;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected FlashSale() {
    }

    /** A new sale of a SKU the catalog sells at {@code regularPrice}; the sale price must be lower. */
    public static FlashSale open(String id, String skuId, String productId, String name, long price, long regularPrice, String currency,
            int quantity, int perUserLimit, OffsetDateTime startsAt, OffsetDateTime endsAt, String createdBy, OffsetDateTime now) {
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (!endsAt.isAfter(now)) {
            throw ProblemException.invalid("endsAt", "must be in the future");
        }
        if (price >= regularPrice) {
            throw ProblemException.invalid("price", "must be below the SKU's price (" + regularPrice + ")");
        }
        if (perUserLimit > quantity) {
            throw ProblemException.invalid("perUserLimit", "cannot exceed quantity");
        }
        FlashSale s = new FlashSale();
        s.id = id;
        s.skuId = skuId;
        s.productId = productId;
        s.name = name;
        s.price = price;
        s.regularPrice = regularPrice;
        s.currency = currency;
        s.quantity = quantity;
        s.remaining = quantity;
        s.perUserLimit = perUserLimit;
        s.startsAt = startsAt;
        s.endsAt = endsAt;
        s.status = Status.ACTIVE;
        s.createdBy = createdBy;
        s.createdAt = now;
        s.updatedAt = now;
        return s;
    }

    /** An operator ends the sale now; 409 if it had ended. */
    public void end(OffsetDateTime now) {
        if (phaseAt(now) == Phase.ENDED) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "The flash sale has already ended.");
        }
        status = Status.ENDED;
        updatedAt = now;
    }

    public Phase phaseAt(OffsetDateTime now) {
        if (status == Status.ENDED || !now.isBefore(endsAt)) {
            return Phase.ENDED;
        }
        if (now.isBefore(startsAt)) {
            return Phase.UPCOMING;
        }
        return remaining == 0 ? Phase.SOLD_OUT : Phase.ON_SALE;
    }

    /** Why units cannot be taken at {@code now}, or null when the window is open. */
    public ProblemException outsideWindow(OffsetDateTime now) {
        if (status == Status.ENDED || !now.isBefore(endsAt)) {
            return new ProblemException(ErrorCode.ENDED, "The flash sale ended at " + (status == Status.ENDED ? updatedAt : endsAt) + ".");
        }
        if (now.isBefore(startsAt)) {
            return new ProblemException(ErrorCode.NOT_STARTED, "The flash sale starts at " + startsAt + ".");
        }
        return null;
    }

    public String id() { return id; }
    public String skuId() { return skuId; }
    public String productId() { return productId; }
    public String name() { return name; }
    public long price() { return price; }
    public long regularPrice() { return regularPrice; }
    public String currency() { return currency.trim(); }
    public int quantity() { return quantity; }
    public int remaining() { return remaining; }
    public int perUserLimit() { return perUserLimit; }
    public OffsetDateTime startsAt() { return startsAt; }
    public OffsetDateTime endsAt() { return endsAt; }
    public Status status() { return status; }
}
