package shop.promo.exchange.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import shop.promo.pricing.entity.PromotionStatus;

/**
 * An operator's offer of a coupon template's coupons for points (积分兑换). The template's own
 * limits (total, per shopper, validity) bound the exchanges; its coupons are only had this way,
 * never claimed for free.
 */
@Entity
@Table(name = "points_offer")
public class PointsOffer {

    @Id
    private String id;

    private String name;

    @Column(name = "template_id")
    private String templateId;

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
        if (points <= 0) {
            throw new IllegalArgumentException("an offer costs at least one point");
        }
        PointsOffer offer = new PointsOffer();
        offer.id = id;
        offer.name = name;
        offer.templateId = templateId;
        offer.points = points;
        offer.status = PromotionStatus.ACTIVE;
        offer.createdBy = operator;
        offer.createdAt = now;
        offer.updatedAt = now;
        return offer;
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
    public String templateId() { return templateId; }
    public long points() { return points; }
    public PromotionStatus status() { return status; }
    public OffsetDateTime createdAt() { return createdAt; }
}
