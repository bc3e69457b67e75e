package shop.order.checkout.entity;

/**
 * Where a flash sale checkout accepted before its saga stands: {@code QUEUED} (units taken, saga
 * not started), {@code RUNNING}, then {@code PLACED} (the order awaits payment) or
 * {@code REFUSED} (the units went back; the problem says why).
 */
public enum FlashCheckoutStatus {
    QUEUED,
    RUNNING,
    PLACED,
    REFUSED;

    public boolean settled() {
        return this == PLACED || this == REFUSED;
    }
}
