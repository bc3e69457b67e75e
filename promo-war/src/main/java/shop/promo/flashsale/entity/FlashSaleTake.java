package shop.promo.flashsale.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Units of a flash sale taken for one checkout: TAKEN before its saga starts, HELD once the saga
 * joined, then SOLD (paid) or RETURNED to the quota (refused, unpaid, or never joined in time).
 */
@Entity
@Table(name = "flash_sale_take")
public class FlashSaleTake {

    /** Where a take stands. */
    public enum State { TAKEN, HELD, SOLD, RETURNED }

    @Id
    private String id;

    @Column(name = "flash_sale_id")
    private String flashSaleId;

    @Column(name = "user_id")
    private String userId;

    private int quantity;

    private long price;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "lra_id")
    private String lraId;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "taken_at")
    private OffsetDateTime takenAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected FlashSaleTake() {
    }

    public static FlashSaleTake taken(String id, String flashSaleId, String userId, int quantity, long price, OffsetDateTime now) {
        FlashSaleTake t = new FlashSaleTake();
        t.price = price;
        t.id = id;
        t.flashSaleId = flashSaleId;
        t.userId = userId;
        t.quantity = quantity;
        t.state = State.TAKEN;
        t.takenAt = now;
        return t;
    }

    /** The checkout saga joined; false unless the take was waiting for it. */
    public boolean hold(String lra, String order) {
        if (state != State.TAKEN) {
            return false;
        }
        state = State.HELD;
        lraId = lra;
        orderId = order;
        return true;
    }

    /** The order was paid: the units are sold for good. */
    public boolean sell(OffsetDateTime now) {
        if (state != State.HELD) {
            return false;
        }
        state = State.SOLD;
        endedAt = now;
        return true;
    }

    /** The units go back to the quota; false if they were sold or returned already. */
    public boolean giveBack(OffsetDateTime now) {
        if (state != State.TAKEN && state != State.HELD) {
            return false;
        }
        state = State.RETURNED;
        endedAt = now;
        return true;
    }

    public String id() { return id; }
    public String flashSaleId() { return flashSaleId; }
    public String userId() { return userId; }
    public int quantity() { return quantity; }
    /** The sale price per unit, in fen, when the units were taken. */
    public long price() { return price; }
    public State state() { return state; }
    public String lraId() { return lraId; }
    public String orderId() { return orderId; }
}
