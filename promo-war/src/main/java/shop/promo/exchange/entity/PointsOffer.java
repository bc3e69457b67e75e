package shop.promo.exchange.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.promo.pricing.entity.PromotionStatus;

/**
 * An operator's offer of something for points (积分兑换): a coupon template's coupons
 * ({@link Kind#COUPON}; the template's own limits, total, per shopper and validity, bound the
 * exchanges, and its coupons are only had this way, never claimed for free) or a gift the shop
 * ships ({@link Kind#GIFT}: units of a SKU from the offer's own quantity, at most
 * {@code perUserLimit} to a shopper).
 */
@Entity
@Table(name = "points_offer")
public class PointsOffer {

    /** What the points buy. */
    public enum Kind {
        COUPON, GIFT
    }

    @Id
    private String id;

    private String name;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "template_id")
    private String templateId;

    @Column(name = "sku_id")
    private String skuId;

    @Column(name = "product_id")
    private String productId;

    /** A gift's units offered, and those not yet taken by an exchange (null for coupons). */
    private Integer quantity;

    private Integer remaining;

    @Column(name = "per_user_limit")
    private Integer perUserLimit;

    private long points;

    @Enumerated(EnumType.STRING)
    private PromotionStatus status;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected PointsOffer() {
    }

    public static PointsOffer open(String id, String name, String templateId, long points, String operator, OffsetDateTime now) {
        PointsOffer offer = opened(id, name, Kind.COUPON, points, operator, now);
        offer.templateId = templateId;
        return offer;
    }

    /** An offer of {@code quantity} units of a SKU as gifts, at most {@code perUserLimit} to a shopper. */
    public static PointsOffer gift(String id, String name, String skuId, String productId, int quantity, int perUserLimit, long points,
            String operator, OffsetDateTime now) {
        if (quantity <= 0 || perUserLimit <= 0) {
            throw new IllegalArgumentException("a gift offer has at least one unit, and a shopper may have at least one");
        }
        PointsOffer offer = opened(id, name, Kind.GIFT, points, operator, now);
        offer.skuId = skuId;
        offer.productId = productId;
        offer.quantity = quantity;
        offer.remaining = quantity;
        offer.perUserLimit = perUserLimit;
        return offer;
    }

    private static PointsOffer opened(String id, String name, Kind kind, long points, String operator, OffsetDateTime now) {
        if (points <= 0) {
            throw new IllegalArgumentException("an offer costs at least one point");
        }
        PointsOffer offer = new PointsOffer();
        offer.id = id;
        offer.name = name;
        offer.kind = kind;
        offer.points = points;
        offer.status = PromotionStatus.ACTIVE;
        offer.createdBy = operator;
        offer.createdAt = now;
        offer.updatedAt = now;
        return offer;
    }

    /**
     * Takes a gift's unit for a shopper who holds {@code shoppersUnits} of it already (live
     * exchanges): 409 {@code SOLD_OUT} when none is left, {@code CONFLICT} over the limit.
     */
    public void takeGift(long shoppersUnits, OffsetDateTime now) {
        if (kind != Kind.GIFT) {
            throw new IllegalStateException("only a gift offer has units");
        }
        if (remaining <= 0) {
            throw new ProblemException(ErrorCode.SOLD_OUT, "This gift is all exchanged.");
        }
        if (shoppersUnits >= perUserLimit) {
            throw ProblemException.conflict("You have exchanged this gift " + perUserLimit + " time(s) already, as many as one shopper may.");
        }
        remaining--;
        updatedAt = now;
    }

    /** A gift's unit comes back: its exchange was refused after it was taken, or its order refunded. */
    public void giftBack(OffsetDateTime now) {
        if (kind == Kind.GIFT && remaining < quantity) {
            remaining++;
            updatedAt = now;
        }
    }

    /** Pause, resume or end; false when the offer cannot move there. */
    public boolean become(PromotionStatus next, OffsetDateTime now) {
        if (!status.canBecome(next)) {
            return false;
        }
        status = next;
        updatedAt = now;
        return true;
    }

    public String id() { return id; }
    public String name() { return name; }
    public Kind kind() { return kind; }
    public boolean isGift() { return kind == Kind.GIFT; }
    public String templateId() { return templateId; }
    public String skuId() { return skuId; }
    public String productId() { return productId; }
    public Integer quantity() { return quantity; }
    public Integer remaining() { return remaining; }
    public Integer perUserLimit() { return perUserLimit; }
    public long points() { return points; }
    public PromotionStatus status() { return status; }
    public OffsetDateTime createdAt() { return createdAt; }
}
