package shop.payment.payment.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.payment.provider.entity.ProviderNotification;
import shop.payment.provider.entity.StatementEntry;

/**
 * The sandbox provider's own books: what it took and gave back, each in a transaction of its
 * own (as a real provider's books are another system's), and the daily statement read from them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SandboxLedger {

    private static final String ENTRIES = "SELECT payment_id, refund_id, provider_txn_id, kind, amount, currency, at FROM sandbox_ledger";

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    /** The provider took a payment's money. */
    public void took(String providerTxnId, String paymentId, long amount, String currency, OffsetDateTime at) {
        record(providerTxnId, ProviderNotification.Kind.PAYMENT, paymentId, null, amount, currency, at);
    }

    /** The provider gave money of a payment back. */
    public void gaveBack(String providerRefundId, String paymentId, String refundId, long amount, String currency, OffsetDateTime at) {
        record(providerRefundId, ProviderNotification.Kind.REFUND, paymentId, refundId, amount, currency, at);
    }

    /** The statement of [from, to): every movement, as the provider's bill lists it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatementEntry> statement(Instant from, Instant to) {
        return entries(em.createNativeQuery(ENTRIES + " WHERE at >= ?1 AND at < ?2 ORDER BY at").setParameter(1, from.atOffset(ZoneOffset.UTC))
                .setParameter(2, to.atOffset(ZoneOffset.UTC)).getResultList());
    }

    /** One movement by the provider's id, whatever its day. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatementEntry> byProviderId(String providerTxnId) {
        return entries(em.createNativeQuery(ENTRIES + " WHERE provider_txn_id = ?1").setParameter(1, providerTxnId).getResultList());
    }

    private static List<StatementEntry> entries(List<?> rows) {
        return rows.stream().map(value -> {
            Object[] r = (Object[]) value;
            return new StatementEntry((String) r[0], (String) r[1], (String) r[2], ProviderNotification.Kind.valueOf((String) r[3]),
                    ((Number) r[4]).longValue(), ((String) r[5]).trim(), instant(r[6]));
        }).toList();
    }

    private void record(String providerTxnId, ProviderNotification.Kind kind, String paymentId, String refundId, long amount, String currency,
            OffsetDateTime at) {
        em.createNativeQuery("INSERT INTO sandbox_ledger (provider_txn_id, kind, payment_id, refund_id, amount, currency, at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (provider_txn_id) DO NOTHING")
                .setParameter(1, providerTxnId).setParameter(2, kind.name()).setParameter(3, paymentId).setParameter(4, refundId)
                .setParameter(5, amount).setParameter(6, currency).setParameter(7, at).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return ((java.util.Date) value).toInstant();
    }
}
