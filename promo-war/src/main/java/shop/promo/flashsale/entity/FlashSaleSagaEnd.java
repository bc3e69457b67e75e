package shop.promo.flashsale.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A checkout saga that ended here without holding flash sale units: a late join is refused. */
@Entity
@Table(name = "flash_sale_saga_end")
public class FlashSaleSagaEnd {

    @Id
    @Column(name = "lra_id")
    private String lraId;

    private String state;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    protected FlashSaleSagaEnd() {
    }

    public String state() { return state; }
}
