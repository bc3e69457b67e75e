package shop.user.account.control;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.events.EventType;
import shop.platform.json.Jsons;
import shop.platform.outbox.Outbox;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.user.account.entity.Account;
import shop.user.account.entity.FieldEdit;
import shop.user.account.entity.Gender;
import shop.user.account.entity.Role;

/** Registration, sign-in checks and profiles. */
@ApplicationScoped
@Transactional
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    ShopClock clock;

    @Inject
    Outbox outbox;

    private volatile String unknownUserHash;

    /** A new shopper; 409 CONFLICT when the name is taken (in any letter case). */
    public Account register(String username, String password, String email, String phone) {
        if (byUsername(username).isPresent()) {
            throw ProblemException.conflict("The username is already taken.");
        }
        Account account = Account.register(Ids.newId(), username, passwords.hash(password), email, phone,
                Set.of(Role.SHOPPER), clock.now());
        em.persist(account);
        outbox.record(EventType.USER_REGISTERED, account.id(), Jsons.createObjectBuilder()
                .add("userId", account.id())
                .add("username", account.username())
                .add("registeredAt", account.createdAt().toString())
                .build());
        try {
            // Two identical registrations at once both get here; the unique key on
            // username_key lets one commit, and the other rolls back, its event included.
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw ProblemException.conflict("The username is already taken.");
        }
        LOG.info(() -> "account registered: " + account.id());
        return account;
    }

    /** The account if the password is right and it may sign in; empty otherwise (same answer either way). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> authenticate(String username, String password) {
        Optional<Account> account = byUsername(username);
        if (account.isEmpty()) {
            // Spend the same time as a real check, so response times do not reveal usernames.
            passwords.matches(password, unknownUserHash());
            return Optional.empty();
        }
        return account.filter(a -> passwords.matches(password, a.passwordHash()) && a.mayLogIn());
    }

    /** The id of the account with this username, if there is one (for the audit log). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> idOf(String username) {
        return byUsername(username).map(Account::id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> find(String id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /** Changes the given profile fields; null names and contacts, and untouched details, stay as they are. */
    public Account updateProfile(String id, String nickname, String email, String phone, FieldEdit<String> avatarUrl,
            FieldEdit<Gender> gender, FieldEdit<LocalDate> birthday) {
        Account account = find(id).orElseThrow(() -> ProblemException.notFound("No such account."));
        account.updateProfile(nickname, email, phone, clock.now());
        account.updateDetails(avatarUrl, gender, birthday, clock.now());
        return account;
    }

    /**
     * The staff account {@code admin} with every back-office role, its password the configured
     * one (the same Liberty's Admin Center uses). Idempotent: run at every start.
     */
    public void ensureAdmin(String password) {
        Optional<Account> existing = byUsername("admin");
        Set<String> staff = Set.of(Role.ADMIN, Role.OPERATOR, Role.FINANCE);
        if (existing.isEmpty()) {
            em.persist(Account.register(Ids.newId(), "admin", passwords.hash(password), null, null, staff, clock.now()));
            LOG.info("seeded the admin account");
            return;
        }
        Account admin = existing.get();
        if (!passwords.matches(password, admin.passwordHash())) {
            admin.changePassword(passwords.hash(password), clock.now());
        }
        if (!admin.roles().containsAll(staff)) {
            admin.grant(staff, clock.now());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("key", Account.key(username))
                .getResultStream().findFirst();
    }

    /** A hash of nothing in particular, made once with the current parameters. */
    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = passwords.hash("not-a-password-" + Ids.newId());
        }
        return unknownUserHash;
    }
}
