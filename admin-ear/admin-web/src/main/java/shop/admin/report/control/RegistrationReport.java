package shop.admin.report.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.admin.report.entity.DailyRegistrations;
import shop.platform.events.CloudEvent;
import shop.platform.events.Topics;
import shop.platform.inbox.EventHandler;

/** Counts sign-ups per day from {@code shop.user.registered}. */
@ApplicationScoped
public class RegistrationReport implements EventHandler {

    static final ZoneId SHOP_TIME = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "admin")
    EntityManager em;

    @Override
    public String name() {
        return "registration-report";
    }

    @Override
    public String topic() {
        return Topics.USER;
    }

    @Override
    public String selector() {
        return "ce_type = 'shop.user.registered'";
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(CloudEvent event) {
        LocalDate day = OffsetDateTime.parse(event.data().getString("registeredAt")).atZoneSameInstant(SHOP_TIME).toLocalDate();
        DailyRegistrations row = em.find(DailyRegistrations.class, day, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new DailyRegistrations(day);
            em.persist(row);
        }
        row.countOne();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DailyRegistrations> lastDays(int days) {
        return em.createQuery("SELECT r FROM DailyRegistrations r WHERE r.day >= :from ORDER BY r.day DESC", DailyRegistrations.class)
                .setParameter("from", LocalDate.now(SHOP_TIME).minusDays(days - 1L))
                .getResultList();
    }
}
