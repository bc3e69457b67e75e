package shop.user.audit.entity;

/** What a {@link SecurityEvent} records. Names are stored; add, never rename. */
public enum SecurityEventType {
    SIGN_IN_SUCCEEDED,
    /** A wrong password, an unknown username, a disabled account, or a name paused by the lockout. */
    SIGN_IN_FAILED,
    /** Repeated failures paused sign-in under a username. */
    SIGN_IN_LOCKED,
    SIGNED_OUT,
    /** A rotated refresh token came back: a copy leaked, its family was revoked. */
    REFRESH_TOKEN_REUSED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET_COMPLETED,
    ROLES_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_DELETED
}
