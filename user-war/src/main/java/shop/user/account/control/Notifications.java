package shop.user.account.control;

/**
 * The port through which user-war tells a user something out of band (an email or a text
 * message in a real deployment). The shop ships {@link LoggedNotifications}, which only logs
 * that a notice went out; a deployment replaces it with a bean of its own ({@code @Alternative}
 * with a {@code @Priority}) that talks to its mail or SMS gateway.
 */
public interface Notifications {

    /** Sends the user the one-time token that sets a new password. Must not log the token. */
    void passwordReset(PasswordResetNotice notice);
}
