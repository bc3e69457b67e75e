package shop.inventory.selfcheck.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What this participant knows of one LRA: it joined (ACTIVE), then the coordinator completed
 * or compensated it. Every callback is counted; only the first one that ends the work has an
 * effect, so a coordinator that calls twice changes nothing the second time.
 */
@Entity
@Table(name = "saga_self_check")
public class SagaSelfCheck {

    /** The participant's states; an ended check never changes again. */
    public enum State { ACTIVE, COMPLETED, COMPENSATED }

    @Id
    @Column(name = "lra_id")
    private String lraId;

    @Enumerated(EnumType.STRING)
    private State state;

    private int callbacks;

    private int effects;

    @Column(name = "joined_at")
    private OffsetDateTime joinedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected SagaSelfCheck() {
    }

    private SagaSelfCheck(String lraId, State state) {
        this.lraId = lraId;
        this.state = state;
    }

    public static SagaSelfCheck joined(String lraId, OffsetDateTime now) {
        SagaSelfCheck check = new SagaSelfCheck(lraId, State.ACTIVE);
        check.joinedAt = now;
        return check;
    }


    /** A callback that found the work already ended (or never begun): counted, no effect. */
    public void countCallback() {
        callbacks++;
    }

    public void complete(OffsetDateTime now) {
        end(State.COMPLETED, now);
    }

    public void compensate(OffsetDateTime now) {
        end(State.COMPENSATED, now);
    }

    private void end(State end, OffsetDateTime now) {
        callbacks++;
        if (state == State.ACTIVE) {
            state = end;
            effects++;
            endedAt = now;
        }
    }

    public String lraId() {
        return lraId;
    }

    public State state() {
        return state;
    }

    public int callbacks() {
        return callbacks;
    }

    public int effects() {
        return effects;
    }
}
