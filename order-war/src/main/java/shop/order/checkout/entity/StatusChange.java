package shop.order.checkout.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of an order's history: the status it entered, when, and why. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    private String reason;

    @Column(name = "at")
    private OffsetDateTime at;

    protected StatusChange() {
    }

    StatusChange(OrderStatus status, String reason, OffsetDateTime at) {
        this.status = status;
        this.reason = reason;
        this.at = at;
    }

    public OrderStatus status() { return status; }
    public String reason() { return reason; }
    public OffsetDateTime at() { return at; }
}
