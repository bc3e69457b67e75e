package shop.inventory.reservation.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * The units one checkout saga (LRA) holds. RESERVED until the saga ends: DEDUCTED when it
 * completes, RELEASED when it is compensated; an ended reservation never changes again, so a
 * callback delivered twice, or a compensation that arrives before the reservation, has no
 * second effect.
 */
@Entity
@Table(name = "stock_reservation")
public class StockReservation {

    /** Where a reservation stands. */
    public enum State { RESERVED, DEDUCTED, RELEASED }

    /**
     * One SKU, the warehouse that holds its units, and how many; release and deduction move
     * the units in that same warehouse.
     */
    @Embeddable
    public static class Line {
        @Column(name = "sku_id")
        private String skuId;

        @Column(name = "warehouse_id")
        private String warehouseId;

        private int quantity;

        protected Line() {
        }

        public Line(String skuId, String warehouseId, int quantity) {
            this.skuId = skuId;
            this.warehouseId = warehouseId;
            this.quantity = quantity;
        }

        public String skuId() { return skuId; }
        public String warehouseId() { return warehouseId; }
        public int quantity() { return quantity; }
    }

    @Id
    @Column(name = "lra_id")
    private String lraId;

    @Column(name = "order_id")
    private String orderId;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stock_reservation_line", joinColumns = @JoinColumn(name = "lra_id"))
    private List<Line> lines = new ArrayList<>();

    protected StockReservation() {
    }

    public static StockReservation reserved(String lraId, String orderId, List<Line> lines, OffsetDateTime now) {
        StockReservation reservation = new StockReservation();
        reservation.lraId = lraId;
        reservation.orderId = orderId;
        reservation.state = State.RESERVED;
        reservation.createdAt = now;
        reservation.lines = new ArrayList<>(lines);
        return reservation;
    }


    /** Ends the reservation; false when it had already ended (nothing to do). */
    public boolean end(State end, OffsetDateTime now) {
        if (state != State.RESERVED) {
            return false;
        }
        state = end;
        endedAt = now;
        return true;
    }

    public String lraId() { return lraId; }
    public String orderId() { return orderId; }
    public State state() { return state; }
    public List<Line> lines() { return List.copyOf(lines); }
}
