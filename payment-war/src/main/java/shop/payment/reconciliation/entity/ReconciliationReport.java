package shop.payment.reconciliation.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** The reconciliation of one provider's statement for one day: how much matched, and every mismatch. */
@Entity
@Table(name = "reconciliation")
@NamedQuery(name = ReconciliationReport.OF_DAY, query = "SELECT r FROM ReconciliationReport r WHERE r.day = :day AND r.provider = :provider")
@NamedQuery(name = ReconciliationReport.LATEST, query = "SELECT r FROM ReconciliationReport r ORDER BY r.day DESC, r.provider")
@NamedQuery(name = ReconciliationReport.COUNT, query = "SELECT COUNT(r) FROM ReconciliationReport r")
public class ReconciliationReport {

    public static final String OF_DAY = "ReconciliationReport.ofDay";
    public static final String LATEST = "ReconciliationReport.latest";
    public static final String COUNT = "ReconciliationReport.count";

    @Id
    private String id;

    private LocalDate day;

    private String provider;

    @Column(name = "ran_at")
    private OffsetDateTime ranAt;

    private int matched;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reconciliation_mismatch", joinColumns = @JoinColumn(name = "reconciliation_id"))
    @OrderColumn(name = "seq")
    private List<Mismatch> mismatches = new ArrayList<>();

    protected ReconciliationReport() {
    }

    public ReconciliationReport(String id, LocalDate day, String provider, OffsetDateTime ranAt, int matched, List<Mismatch> mismatches) {
        this.id = id;
        this.day = day;
        this.provider = provider;
        this.ranAt = ranAt;
        this.matched = matched;
        this.mismatches.addAll(mismatches);
    }

    public String id() { return id; }
    public LocalDate day() { return day; }
    public String provider() { return provider; }
    public OffsetDateTime ranAt() { return ranAt; }
    public int matched() { return matched; }
    public List<Mismatch> mismatches() { return List.copyOf(mismatches); }
}
