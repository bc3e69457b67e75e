package shop.order.checkout.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.Problem;

/**
 * A flash sale checkout accepted before its saga: the shopper's units of the sale are taken, the
 * saga runs in the background and places the order under this checkout's id, or is refused and
 * the units go back. What the shopper polls after a 202.
 */
@Entity
@Table(name = "flash_checkout")
@NamedQuery(name = FlashCheckout.UNSETTLED_BEFORE, query = "SELECT c FROM FlashCheckout c WHERE c.status = :status AND c.updatedAt < :before ORDER BY c.createdAt")
public class FlashCheckout {

    public static final String UNSETTLED_BEFORE = "FlashCheckout.unsettledBefore";

    @Id
    private String id;

    @Column(name = "user_id")
    private String userId;

    private String username;

    @Column(name = "sale_id")
    private String saleId;

    @Column(name = "take_id")
    private String takeId;

    @Column(name = "sku_id")
    private String skuId;

    private int quantity;

    /** The sale's unit price, as the take answered it, in fen. */
    private long price;

    @Column(name = "address_id")
    private String addressId;

    @Enumerated(EnumType.STRING)
    private FlashCheckoutStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_code")
    private ErrorCode problemCode;

    @Column(name = "problem_detail")
    private String problemDetail;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected FlashCheckout() {
    }

    /** Units taken under {@code takeId}; the saga is still to run. */
    public static FlashCheckout queued(String id, String userId, String username, String saleId, String takeId, String skuId,
            int quantity, long price, String addressId, OffsetDateTime now) {
        FlashCheckout c = new FlashCheckout();
        c.id = id;
        c.userId = userId;
        c.username = username;
        c.saleId = saleId;
        c.takeId = takeId;
        c.skuId = skuId;
        c.quantity = quantity;
        c.price = price;
        c.addressId = addressId;
        c.status = FlashCheckoutStatus.QUEUED;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** A runner takes it; false when it is not queued (another runner has it, or it is settled). */
    public boolean start(OffsetDateTime now) {
        if (status != FlashCheckoutStatus.QUEUED) {
            return false;
        }
        status = FlashCheckoutStatus.RUNNING;
        updatedAt = now;
        return true;
    }

    /** The order was placed under this checkout's id and awaits payment. */
    public void placed(OffsetDateTime now) {
        require(FlashCheckoutStatus.RUNNING);
        status = FlashCheckoutStatus.PLACED;
        updatedAt = now;
    }

    /** The saga refused (or never finished): the units are to go back. */
    public void refused(Problem problem, OffsetDateTime now) {
        if (status.settled()) {
            throw new IllegalStateException("flash checkout " + id + " is already " + status);
        }
        status = FlashCheckoutStatus.REFUSED;
        problemCode = problem.code();
        String detail = problem.detail() == null ? problem.code().title() : problem.detail();
        problemDetail = detail.length() > 500 ? detail.substring(0, 500) : detail;
        updatedAt = now;
    }

    /** Why it was refused, as the shopper would have been told had they waited. */
    public Problem problem() {
        return problemCode == null ? null : Problem.of(problemCode, problemDetail);
    }

    public boolean belongsTo(String user) {
        return userId.equals(user);
    }

    private void require(FlashCheckoutStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("flash checkout " + id + " is " + status + ", not " + expected);
        }
    }

    public String id() { return id; }
    public String userId() { return userId; }
    public String username() { return username; }
    public String saleId() { return saleId; }
    public String takeId() { return takeId; }
    public String skuId() { return skuId; }
    public int quantity() { return quantity; }
    public long price() { return price; }
    public String addressId() { return addressId; }
    public FlashCheckoutStatus status() { return status; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
