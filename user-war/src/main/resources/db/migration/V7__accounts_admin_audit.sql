-- Issue 6, accounts admin: one-time password reset tokens and the security audit log.
-- (An account's status may now also be DELETED: a tombstone kept so ids in orders stay valid.)

-- A reset token is stored only as its SHA-256 hash. A new request revokes the older ones; a
-- used, revoked or expired row is kept until the account is deleted (it also counts requests
-- for the rate limit).
CREATE TABLE password_reset (
    id            VARCHAR(36)  PRIMARY KEY,
    account_id    VARCHAR(36)  NOT NULL REFERENCES account (id),
    token_hash    CHAR(64)     NOT NULL UNIQUE,
    requested_at  TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    used_at       TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ
);
CREATE INDEX password_reset_account ON password_reset (account_id, requested_at);

-- Security events (sign-ins, lockouts, resets, role changes, ...), newest read first. No foreign
-- key: an entry may name a username that has no account, and entries outlive nothing they
-- describe. Never a password or a token; rows older than shop.user.audit.retention are swept.
CREATE TABLE security_event (
    id           VARCHAR(36)  PRIMARY KEY,
    type         VARCHAR(40)  NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    actor_id     VARCHAR(36),
    account_id   VARCHAR(36),
    username     VARCHAR(64),
    client_ip    VARCHAR(64),
    detail       VARCHAR(500)
);
CREATE INDEX security_event_time ON security_event (occurred_at DESC, id DESC);
CREATE INDEX security_event_account ON security_event (account_id, occurred_at DESC);
