package shop.order.returns.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a return's history: the status it entered, who moved it, when and why. */
@Embeddable
public class ReturnStep {

    @Enumerated(EnumType.STRING)
    private ReturnStatus status;

    private String note;

    private String actor;

    @Column(name = "at")
    private OffsetDateTime at;

    protected ReturnStep() {
    }

    ReturnStep(ReturnStatus status, String note, String actor, OffsetDateTime at) {
        this.status = status;
        this.note = note;
        this.actor = actor;
        this.at = at;
    }

    public ReturnStatus status() { return status; }
    public String note() { return note; }
    public String actor() { return actor; }
    public OffsetDateTime at() { return at; }
}
