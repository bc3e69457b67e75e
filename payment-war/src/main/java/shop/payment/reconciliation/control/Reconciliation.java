package shop.payment.reconciliation.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.payment.payment.control.SandboxLedger;
import shop.payment.provider.entity.StatementEntry;
import shop.payment.reconciliation.entity.Mismatch;
import shop.payment.reconciliation.entity.Mismatch.Problem;
import shop.payment.reconciliation.entity.ReconciliationReport;
import shop.platform.paging.Page;
import shop.platform.paging.PageRequest;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;

/**
 * Reconciles one day: the provider's statement against the payments it took and the refunds it
 * gave by our books, matched by the provider's transaction id. An entry whose counterpart lies on
 * the neighbouring day (a payment at midnight) is looked up by id before it is called missing.
 * The day is the provider's calendar day ({@code shop.payment.reconciliation.zone}).
 */
@ApplicationScoped
@Transactional
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());
    static final String PROVIDER = "sandbox";

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    SandboxLedger provider;

    @Inject
    @ConfigProperty(name = "shop.payment.reconciliation.zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    /** One of our money movements at the provider. */
    private record Ours(String kind, String paymentId, String refundId, String providerTxnId, long amount) {
    }

    /** Reconciles the day now; a report made earlier for it is replaced. */
    public ReconciliationReport run(LocalDate day) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, StatementEntry> theirs = new LinkedHashMap<>();
        provider.statement(from, to).forEach(e -> theirs.put(e.providerTxnId(), e));
        int matched = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        for (Ours mine : ours(from, to)) {
            StatementEntry entry = theirs.remove(mine.providerTxnId());
            if (entry == null) {
                entry = provider.byProviderId(mine.providerTxnId()).stream().findFirst().orElse(null);
            }
            if (entry == null) {
                mismatches.add(new Mismatch(Problem.MISSING_AT_PROVIDER, mine.kind(), mine.paymentId(), mine.refundId(),
                        mine.providerTxnId(), mine.amount(), null));
            } else if (entry.amount() != mine.amount()) {
                mismatches.add(new Mismatch(Problem.AMOUNT_DIFFERS, mine.kind(), mine.paymentId(), mine.refundId(), mine.providerTxnId(),
                        mine.amount(), entry.amount()));
            } else {
                matched++;
            }
        }
        for (StatementEntry entry : theirs.values()) {
            Optional<Long> recorded = oursById(entry);
            if (recorded.isEmpty()) {
                mismatches.add(new Mismatch(Problem.MISSING_HERE, entry.kind().name(), entry.paymentId(), entry.refundId(),
                        entry.providerTxnId(), null, entry.amount()));
            } else if (recorded.get() != entry.amount()) {
                mismatches.add(new Mismatch(Problem.AMOUNT_DIFFERS, entry.kind().name(), entry.paymentId(), entry.refundId(),
                        entry.providerTxnId(), recorded.get(), entry.amount()));
            } else {
                matched++;
            }
        }
        of(day).ifPresent(earlier -> {
            em.remove(earlier);
            em.flush();
        });
        ReconciliationReport report = new ReconciliationReport(Ids.newId(), day, PROVIDER, clock.now(), matched, mismatches);
        em.persist(report);
        int found = mismatches.size();
        int ok = matched;
        LOG.info(() -> "reconciled " + day + " with " + PROVIDER + ": " + ok + " matched, " + found + " mismatch(es)");
        return report;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReconciliationReport> of(LocalDate day) {
        return em.createNamedQuery(ReconciliationReport.OF_DAY, ReconciliationReport.class).setParameter("day", day)
                .setParameter("provider", PROVIDER).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReconciliationReport> latest(PageRequest page) {
        List<ReconciliationReport> items = em.createNamedQuery(ReconciliationReport.LATEST, ReconciliationReport.class)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, em.createNamedQuery(ReconciliationReport.COUNT, Long.class).getSingleResult());
    }

    /** The provider's calendar day of an instant. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private List<Ours> ours(Instant from, Instant to) {
        List<Ours> ours = new ArrayList<>();
        for (Object value : em.createNativeQuery("SELECT id, provider_txn_id, amount FROM payment WHERE provider = ?1"
                + " AND paid_at >= ?2 AND paid_at < ?3 AND provider_txn_id IS NOT NULL").setParameter(1, PROVIDER)
                .setParameter(2, from.atOffset(ZoneOffset.UTC)).setParameter(3, to.atOffset(ZoneOffset.UTC)).getResultList()) {
            Object[] r = (Object[]) value;
            ours.add(new Ours("PAYMENT", (String) r[0], null, (String) r[1], ((Number) r[2]).longValue()));
        }
        for (Object value : em.createNativeQuery("SELECT id, payment_id, provider_refund_id, amount FROM refund WHERE provider = ?1"
                + " AND status = 'SUCCEEDED' AND created_at >= ?2 AND created_at < ?3 AND provider_refund_id IS NOT NULL")
                .setParameter(1, PROVIDER).setParameter(2, from.atOffset(ZoneOffset.UTC)).setParameter(3, to.atOffset(ZoneOffset.UTC))
                .getResultList()) {
            Object[] r = (Object[]) value;
            ours.add(new Ours("REFUND", (String) r[1], (String) r[0], (String) r[2], ((Number) r[3]).longValue()));
        }
        return ours;
    }

    /** Our amount for a provider entry on whatever day we recorded it. */
    private Optional<Long> oursById(StatementEntry entry) {
        String sql = entry.kind() == shop.payment.provider.entity.ProviderNotification.Kind.PAYMENT
                ? "SELECT amount FROM payment WHERE provider_txn_id = ?1 AND paid_at IS NOT NULL"
                : "SELECT amount FROM refund WHERE provider_refund_id = ?1 AND status = 'SUCCEEDED'";
        return em.createNativeQuery(sql).setParameter(1, entry.providerTxnId()).getResultStream().findFirst()
                .map(v -> ((Number) v).longValue());
    }
}
