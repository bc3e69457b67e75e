package shop.promo.coupon.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.web.Texts;
import shop.promo.pricing.entity.CouponOffer;
import shop.promo.pricing.entity.PromotionStatus;
import shop.promo.pricing.entity.Scope;

/**
 * A kind of coupon operators issue: what it takes off, which goods it covers, when it can be
 * used, how many exist and how many one shopper may hold. {@code claimed} only grows, through
 * the conditional update in {@code CouponWallet}, never through this entity.
 */
@Entity
@Table(name = "coupon_template")
public class CouponTemplate {

    @Id
    private String id;

    private String name;

    @Enumerated(EnumType.STRING)
    private CouponOffer.Type type;

    private long threshold;

    private long discount;

    @Column(name = "max_discount")
    private Long maxDiscount;

    private String currency;

    private String scope;

    private boolean exclusive;

    @Column(name = "valid_from")
    private OffsetDateTime validFrom;

    @Column(name = "valid_to")
    private OffsetDateTime validTo;

    @Column(name = "total_quantity")
    private int totalQuantity;

    @Column(name = "claimed", insertable = true, updatable = false)
    private int claimed;

    @Column(name = "per_user_limit")
    private int perUserLimit;

    @Enumerated(EnumType.STRING)
    private PromotionStatus status;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected CouponTemplate() {
    }

    /** A new active template; the rules of its numbers are checked here (400 naming the field). */
    public static CouponTemplate issue(String id, String name, CouponOffer.Type type, long threshold, long discount, Long maxDiscount,
            String currency, Scope scope, boolean exclusive, OffsetDateTime validFrom, OffsetDateTime validTo, int totalQuantity,
            int perUserLimit, String createdBy, OffsetDateTime now) {
        if (type == CouponOffer.Type.PERCENT && (discount < 1 || discount > 99)) {
            throw ProblemException.invalid("discount", "a PERCENT coupon takes 1 to 99 percent off");
        }
        if (type == CouponOffer.Type.THRESHOLD && threshold <= 0) {
            throw ProblemException.invalid("threshold", "a THRESHOLD coupon needs a threshold above 0");
        }
        if (type != CouponOffer.Type.PERCENT && maxDiscount != null) {
            throw ProblemException.invalid("maxDiscount", "only a PERCENT coupon has a cap");
        }
        if (type != CouponOffer.Type.PERCENT && threshold > 0 && discount >= threshold) {
            throw ProblemException.invalid("discount", "must be less than the threshold");
        }
        if (!validTo.isAfter(validFrom)) {
            throw ProblemException.invalid("validTo", "must be after validFrom");
        }
        if (perUserLimit > totalQuantity) {
            throw ProblemException.invalid("perUserLimit", "cannot exceed totalQuantity");
        }
        CouponTemplate t = new CouponTemplate();
        t.id = id;
        t.name = name;
        t.type = type;
        t.threshold = threshold;
        t.discount = discount;
        t.maxDiscount = maxDiscount;
        t.currency = currency;
        t.scope = scope.toJson().toString();
        t.exclusive = exclusive;
        t.validFrom = validFrom;
        t.validTo = validTo;
        t.totalQuantity = totalQuantity;
        t.perUserLimit = perUserLimit;
        t.status = PromotionStatus.ACTIVE;
        t.createdBy = createdBy;
        t.createdAt = now;
        t.updatedAt = now;
        return t;
    }

    /** An operator pauses, resumes or ends the template; 409 INVALID_STATE once ended. */
    public void become(PromotionStatus next, OffsetDateTime now) {
        if (!status.canBecome(next)) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "The template is " + status + "; it cannot become " + next + ".");
        }
        status = next;
        updatedAt = now;
    }

    /** Whether a claimed coupon of this template can be used at {@code now}. */
    public boolean usableAt(OffsetDateTime now) {
        return status != PromotionStatus.ENDED && !now.isBefore(validFrom) && now.isBefore(validTo);
    }

    /** The template's terms as the calculation applies them, for the coupon {@code couponId}. */
    public CouponOffer offer(String couponId) {
        return new CouponOffer(couponId, id, name, type, threshold, discount, maxDiscount, scope(), exclusive);
    }

    public Scope scope() {
        return Scope.fromJson(Texts.parseJson(scope).asJsonObject());
    }

    public String id() { return id; }
    public String name() { return name; }
    public CouponOffer.Type type() { return type; }
    public long threshold() { return threshold; }
    public long discount() { return discount; }
    public Long maxDiscount() { return maxDiscount; }
    public String currency() { return currency.trim(); }
    public boolean exclusive() { return exclusive; }
    public OffsetDateTime validFrom() { return validFrom; }
    public OffsetDateTime validTo() { return validTo; }
    public int totalQuantity() { return totalQuantity; }
    public int claimed() { return claimed; }
    public int perUserLimit() { return perUserLimit; }
    public PromotionStatus status() { return status; }
    public OffsetDateTime createdAt() { return createdAt; }
}
