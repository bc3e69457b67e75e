package shop.inventory.selfcheck.control;

import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.inventory.selfcheck.entity.SagaSelfCheck;

/** Records joins and the coordinator's callbacks for the saga self-check, one transaction each. */
@ApplicationScoped
@Transactional
public class SagaSelfCheckLedger {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /** Joins the LRA; false when the LRA already ended here (a callback came first). */
    public boolean join(String lraId) {
        SagaSelfCheck known = em.find(SagaSelfCheck.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        if (known != null) {
            return known.state() == SagaSelfCheck.State.ACTIVE;
        }
        em.persist(SagaSelfCheck.joined(lraId, OffsetDateTime.now()));
        return true;
    }

    public SagaSelfCheck complete(String lraId) {
        return end(lraId, SagaSelfCheck.State.COMPLETED);
    }

    public SagaSelfCheck compensate(String lraId) {
        return end(lraId, SagaSelfCheck.State.COMPENSATED);
    }

    private SagaSelfCheck end(String lraId, SagaSelfCheck.State end) {
        // The row lock serialises a callback racing a retry of the same callback.
        SagaSelfCheck check = em.find(SagaSelfCheck.class, lraId, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now();
        if (check == null) {
            // A callback for work never seen here; two such callbacks may race: the first insert wins.
            em.createNativeQuery("INSERT INTO saga_self_check (lra_id, state, callbacks, effects, ended_at)"
                    + " VALUES (?1, ?2, 0, 0, now()) ON CONFLICT (lra_id) DO NOTHING")
                    .setParameter(1, lraId).setParameter(2, end.name()).executeUpdate();
            check = em.find(SagaSelfCheck.class, lraId, LockModeType.PESSIMISTIC_WRITE);
            check.countCallback();
        } else if (end == SagaSelfCheck.State.COMPLETED) {
            check.complete(now);
        } else {
            check.compensate(now);
        }
        return check;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SagaSelfCheck> find(String lraId) {
        return Optional.ofNullable(em.find(SagaSelfCheck.class, lraId));
    }
}
