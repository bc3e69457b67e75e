package shop.inventory.restock.entity;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** The units a refund saga gives back to stock, and how that ended. */
@Entity
@Table(name = "stock_return")
public class StockReturn {

    /** Where a stock return stands. */
    public enum State {
        ANNOUNCED,
        RETURNED,
        DROPPED
    }

    /** Units of one SKU going back to the warehouse that sent them. */
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

    @Column(name = "refund_id")
    private String refundId;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stock_return_line", joinColumns = @JoinColumn(name = "lra_id"))
    @OrderColumn(name = "line_no")
    private List<Line> lines = new ArrayList<>();

    protected StockReturn() {
    }

    public static StockReturn announced(String lraId, String orderId, String refundId, List<Line> lines, OffsetDateTime now) {
        StockReturn r = new StockReturn();
        r.lraId = lraId;
        r.orderId = orderId;
        r.refundId = refundId;
        r.lines.addAll(lines);
        r.state = State.ANNOUNCED;
        r.createdAt = now;
        return r;
    }

    /** The saga ended; false if it had already ended (then nothing is to be done again). */
    public boolean end(State end, OffsetDateTime now) {
        if (state != State.ANNOUNCED) {
            return false;
        }
        state = end;
        endedAt = now;
        return true;
    }

    public String lraId() { return lraId; }
    public String orderId() { return orderId; }
    public String refundId() { return refundId; }
    public State state() { return state; }
    public List<Line> lines() { return List.copyOf(lines); }
}
