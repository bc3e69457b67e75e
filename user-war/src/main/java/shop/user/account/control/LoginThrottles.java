package shop.user.account.control;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.time.ShopClock;
import shop.user.account.entity.Account;
import shop.user.account.entity.LoginThrottle;
import shop.user.audit.control.SecurityLog;
import shop.user.audit.entity.SecurityEventType;

/**
 * Slows password guessing: {@code max-failures} failed sign-ins under one username within
 * {@code failure-window} lock that username for {@code lockout}, whether or not the account
 * exists, and the answer stays the same 401, so neither the lock nor the answer tells which
 * usernames are real.
 */
@ApplicationScoped
@Transactional
public class LoginThrottles {

    private static final Logger LOG = Logger.getLogger(LoginThrottles.class.getName());

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    ShopClock clock;

    @Inject
    SecurityLog audit;

    @Inject
    @ConfigProperty(name = "shop.user.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "shop.user.login.failure-window", defaultValue = "PT15M")
    Duration window;

    @Inject
    @ConfigProperty(name = "shop.user.login.lockout", defaultValue = "PT15M")
    Duration lockout;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean locked(String username) {
        return Optional.ofNullable(em.find(LoginThrottle.class, Account.key(username))).filter(t -> t.locked(clock.now())).isPresent();
    }

    /** Counts a failed sign-in; concurrent failures of one name queue on its row. */
    public void failed(String username) {
        String key = Account.key(username);
        em.createNativeQuery("INSERT INTO login_throttle (username_key, failures, window_start) VALUES (?1, 0, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, key).setParameter(2, clock.now()).executeUpdate();
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle.failed(clock.now(), maxFailures, window, lockout)) {
            // Never the password; the username as typed is what an operator needs to see an attack.
            LOG.warning(() -> "sign-in locked for " + lockout + " after " + maxFailures + " failures: username '" + key + "'");
            audit.record(SecurityEventType.SIGN_IN_LOCKED, null, null, username, "paused for " + lockout);
        }
    }

    /** A successful sign-in (or a completed password reset) clears the count. */
    public void succeeded(String username) {
        em.createNativeQuery("DELETE FROM login_throttle WHERE username_key = ?1").setParameter(1, Account.key(username)).executeUpdate();
    }
}
