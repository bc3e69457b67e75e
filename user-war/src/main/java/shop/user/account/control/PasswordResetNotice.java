package shop.user.account.control;

import java.time.OffsetDateTime;

/**
 * What a user is sent to reset their password: the one-time token (secret: only the user may
 * see it; never logged) and until when it works, with where to send it.
 */
public record PasswordResetNotice(String accountId, String username, String email, String phone, String token,
        OffsetDateTime expiresAt) {

    /** Everything but the token, for logs. */
    @Override
    public String toString() {
        return "PasswordResetNotice[accountId=" + accountId + ", expiresAt=" + expiresAt + "]";
    }
}
