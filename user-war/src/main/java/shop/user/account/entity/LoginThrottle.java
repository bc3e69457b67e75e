package shop.user.account.entity;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins under one username (case-folded), kept whether or not the account exists:
 * {@code maxFailures} failures within {@code window} lock the name for {@code lockFor}.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(name = "username_key")
    private String usernameKey;

    private int failures;

    @Column(name = "window_start")
    private OffsetDateTime windowStart;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    protected LoginThrottle() {
    }

    public static LoginThrottle none(String usernameKey, OffsetDateTime now) {
        LoginThrottle t = new LoginThrottle();
        t.usernameKey = usernameKey;
        t.windowStart = now;
        return t;
    }

    public boolean locked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * One more failure. Failures older than {@code window} no longer count, and a lock that has
     * run out starts a new count. True when this failure locked the name.
     */
    public boolean failed(OffsetDateTime now, int maxFailures, Duration window, Duration lockFor) {
        if (locked(now)) {
            return false;
        }
        if (lockedUntil != null || !windowStart.plus(window).isAfter(now)) {
            failures = 0;
            windowStart = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public int failures() { return failures; }
    public OffsetDateTime lockedUntil() { return lockedUntil; }
}
