package shop.user.account.entity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A shopper's or staff member's account: identity, credentials, roles and profile. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.usernameKey = :key")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";

    /**
     * Whether the account may sign in: DISABLED by an admin (reversible), DELETED by its owner
     * (a tombstone: the id stays valid for orders, everything personal is gone).
     */
    public enum Status { ACTIVE, DISABLED, DELETED }

    @Id
    private String id;

    private String username;

    @Column(name = "username_key")
    private String usernameKey;

    @Column(name = "password_hash")
    private String passwordHash;

    private String email;
    private String phone;
    private String nickname;
    private String roles;

    @Column(name = "avatar_url")
    private String avatarUrl;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Gender gender;

    private LocalDate birthday;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    private int level;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Account() {
    }

    public static Account register(String id, String username, String passwordHash, String email, String phone,
            Set<String> roles, OffsetDateTime now) {
        Account account = new Account();
        account.id = id;
        account.username = username;
        account.usernameKey = key(username);
        account.passwordHash = passwordHash;
        account.email = email;
        account.phone = phone;
        account.roles = String.join(",", roles);
        account.status = Status.ACTIVE;
        account.level = 1;
        account.createdAt = now;
        account.updatedAt = now;
        return account;
    }

    /** The case-insensitive form usernames are unique by. */
    public static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    public void changePassword(String newHash, OffsetDateTime now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    public void grant(Set<String> granted, OffsetDateTime now) {
        Set<String> all = new LinkedHashSet<>(roles());
        all.addAll(granted);
        this.roles = String.join(",", all);
        this.updatedAt = now;
    }

    public void updateProfile(String nickname, String email, String phone, OffsetDateTime now) {
        if (nickname != null) {
            this.nickname = nickname;
        }
        if (email != null) {
            this.email = email;
        }
        if (phone != null) {
            this.phone = phone;
        }
        this.updatedAt = now;
    }

    /** The member level their growth gives them now (user-war's points ledger decides it). */
    public void reachLevel(int level, OffsetDateTime now) {
        if (level != this.level) {
            this.level = level;
            this.updatedAt = now;
        }
    }

    /** The optional personal details a shopper may fill in, change or clear one by one. */
    public void updateDetails(FieldEdit<String> avatarUrl, FieldEdit<Gender> gender, FieldEdit<LocalDate> birthday,
            OffsetDateTime now) {
        this.avatarUrl = avatarUrl.applyTo(this.avatarUrl);
        this.gender = gender.applyTo(this.gender);
        this.birthday = birthday.applyTo(this.birthday);
        this.updatedAt = now;
    }

    /** Replaces the roles (the caller checked the back-office guard rails). */
    public void changeRoles(Set<String> newRoles, OffsetDateTime now) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("an account keeps at least one role");
        }
        this.roles = String.join(",", newRoles);
        this.updatedAt = now;
    }

    /** An admin stops the account signing in; a deleted account stays deleted. True when it changed. */
    public boolean disable(OffsetDateTime now) {
        return moveTo(Status.DISABLED, now);
    }

    /** An admin lets a disabled account sign in again. True when it changed. */
    public boolean enable(OffsetDateTime now) {
        return moveTo(Status.ACTIVE, now);
    }

    private boolean moveTo(Status next, OffsetDateTime now) {
        if (status == Status.DELETED) {
            throw new IllegalStateException("a deleted account cannot be " + next.name().toLowerCase(Locale.ROOT));
        }
        if (status == next) {
            return false;
        }
        status = next;
        updatedAt = now;
        return true;
    }

    /**
     * Deletion by its owner: the row stays as a tombstone (orders and events name its id), but
     * nothing personal is left. The username is freed (replaced by {@code deleted-...}, from the
     * id's random part) so it can be registered again; {@code unusableHash} is a hash of a random
     * password nobody knows.
     */
    public void erasePersonalData(String unusableHash, OffsetDateTime now) {
        String tombstone = "deleted-" + id.replace("-", "").substring(8);
        this.username = tombstone;
        this.usernameKey = key(tombstone);
        this.passwordHash = unusableHash;
        this.email = null;
        this.phone = null;
        this.nickname = null;
        this.avatarUrl = null;
        this.gender = null;
        this.birthday = null;
        this.level = 1;
        this.roles = Role.SHOPPER;
        this.status = Status.DELETED;
        this.updatedAt = now;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public boolean mayLogIn() {
        return status == Status.ACTIVE;
    }

    public Set<String> roles() {
        return new LinkedHashSet<>(Arrays.asList(roles.split(",")));
    }

    public String id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String nickname() {
        return nickname;
    }

    public String avatarUrl() {
        return avatarUrl;
    }

    public Gender gender() {
        return gender;
    }

    public LocalDate birthday() {
        return birthday;
    }

    public int level() {
        return level;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
