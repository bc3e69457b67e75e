package shop.inventory.warehouse.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A warehouse that keeps stock: its code (such as {@code SH}), name, the province or region it
 * ships from, its priority for checkouts (lowest first), whether it serves checkouts, and
 * whether it is the default for adjustments that name no warehouse.
 */
@Entity
@Table(name = "warehouse")
public class Warehouse {

    @Id
    private String id;

    private String code;

    private String name;

    private String region;

    private int priority;

    private boolean enabled;

    @Column(name = "is_default")
    private boolean isDefault;

    protected Warehouse() {
    }

    public String id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String region() { return region; }
    public int priority() { return priority; }
    public boolean enabled() { return enabled; }
    public boolean isDefault() { return isDefault; }
}
