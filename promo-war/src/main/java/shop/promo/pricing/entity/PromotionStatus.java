package shop.promo.pricing.entity;

/**
 * Where a coupon template or rule stands, as operators set it. PAUSED stops claims of a coupon
 * template (coupons already claimed stay usable) and stops a rule; ENDED is for good: nothing
 * more is claimed and unused coupons of the template can no longer be used.
 */
public enum PromotionStatus {
    ACTIVE,
    PAUSED,
    ENDED;

    /**
     * The status an operator's action leads to: {@code pause}, {@code resume} or {@code end}
     * (the resources' path only admits those three).
     */
    public static PromotionStatus after(String action) {
        return switch (action) {
            case "pause" -> PAUSED;
            case "resume" -> ACTIVE;
            case "end" -> ENDED;
            default -> throw new IllegalArgumentException("no such action: " + action);
        };
    }

    /** The operators' transitions: pause and resume while not ended; end from anywhere. */
    public boolean canBecome(PromotionStatus next) {
        return this != ENDED && next != this;
    }
}
