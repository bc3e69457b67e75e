package shop.user.account.control;

import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
import shop.platform.outbox.Outbox;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.ShopClock;
import shop.user.account.entity.Account;
import shop.user.account.entity.Role;
import shop.user.audit.control.SecurityLog;
import shop.user.audit.entity.SecurityEventType;
import shop.user.token.control.RefreshTokens;
import shop.user.token.control.TokenRevocations;

/**
 * A user's own data export and account deletion (PIPL). Both go through every
 * {@link PersonalData} bean there is, so a kind of data added later (favorites, history, points)
 * is exported and erased without a change here. Deletion is one transaction: every part erased,
 * the account a tombstone, its tokens and reset requests gone, and {@code shop.user.deleted}
 * written to the outbox so other services can forget the user too.
 */
@ApplicationScoped
@Transactional
public class AccountClosure {

    private static final Logger LOG = Logger.getLogger(AccountClosure.class.getName());

    /** What a wrong password, or a paused name, is told: the same either way. */
    static final String PASSWORD_REFUSED = "The password is not right. After repeated failures, this pauses for a while.";

    private static final Set<String> STAFF_ROLES = Set.of(Role.OPERATOR, Role.FINANCE, Role.ADMIN);

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    TokenRevocations revocations;

    @Inject
    Instance<PersonalData> parts;

    @Inject
    PasswordHashing passwords;

    @Inject
    LoginThrottles throttles;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    PasswordResets resets;

    @Inject
    SecurityLog audit;

    @Inject
    Outbox outbox;

    @Inject
    ShopClock clock;

    /** Everything user-war keeps about the account: {@code {accountId, exportedAt, data: {part: ...}}}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JsonObject export(String accountId) {
        JsonObjectBuilder data = Jsons.createObjectBuilder();
        for (PersonalData part : parts) {
            data.add(part.part(), part.export(accountId));
        }
        return Jsons.createObjectBuilder()
                .add("accountId", accountId)
                .add("exportedAt", clock.now().toString())
                .add("data", data)
                .build();
    }

    /**
     * Re-authentication before a deletion, counted like a sign-in: a stolen access token cannot
     * be used to guess the password. 403 FORBIDDEN when wrong (the token itself is fine).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void checkPassword(String accountId, String password) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.mayLogIn()) {
            throw ProblemException.unauthorized("The account is closed.");
        }
        if (throttles.locked(account.username())) {
            throw new ProblemException(ErrorCode.FORBIDDEN, PASSWORD_REFUSED);
        }
        if (!passwords.matches(password, account.passwordHash())) {
            throttles.failed(account.username());
            throw new ProblemException(ErrorCode.FORBIDDEN, PASSWORD_REFUSED);
        }
    }

    /** Deletes the account (its password already checked); 409 INVALID_STATE for a staff account. */
    public void delete(String accountId) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.status() == Account.Status.DELETED) {
            throw ProblemException.unauthorized("The account is closed.");
        }
        if (account.roles().stream().anyMatch(STAFF_ROLES::contains)) {
            throw new ProblemException(ErrorCode.INVALID_STATE,
                    "A staff account is not deleted by its owner: an admin removes its back-office roles first.");
        }
        String username = account.username();
        // Recorded first, so the erasure below blanks its client address like the others'.
        audit.record(SecurityEventType.ACCOUNT_DELETED, accountId, accountId, null, null);
        em.flush();
        for (PersonalData part : parts) {
            part.erase(accountId);
        }
        refreshTokens.deleteAll(accountId);
        resets.deleteAll(accountId);
        throttles.succeeded(username);
        outbox.record(EventType.USER_DELETED, accountId, Jsons.createObjectBuilder()
                .add("userId", accountId)
                .add("deletedAt", clock.now().toString())
                .build());
        revocations.revoke(accountId, clock.now(), "DELETED");
        LOG.info(() -> "account " + accountId + " deleted by its owner");
    }
}
