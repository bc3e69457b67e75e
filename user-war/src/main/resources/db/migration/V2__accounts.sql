-- Accounts (shoppers and staff), their refresh tokens and address books.
CREATE TABLE account (
    id             VARCHAR(36)  PRIMARY KEY,
    username       VARCHAR(32)  NOT NULL,
    -- Usernames are unique regardless of case: "Alice" and "alice" are one account.
    username_key   VARCHAR(32)  NOT NULL UNIQUE,
    password_hash  VARCHAR(512) NOT NULL,
    email          VARCHAR(254),
    phone          VARCHAR(20),
    nickname       VARCHAR(64),
    roles          VARCHAR(200) NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    level          INTEGER      NOT NULL DEFAULT 1,
    created_at     TIMESTAMPTZ  NOT NULL,
    updated_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0
);

-- Refresh tokens are stored as SHA-256 hashes; a family is one login's chain of rotations.
CREATE TABLE refresh_token (
    id            VARCHAR(36)  PRIMARY KEY,
    account_id    VARCHAR(36)  NOT NULL REFERENCES account (id),
    family_id     VARCHAR(36)  NOT NULL,
    token_hash    CHAR(64)     NOT NULL UNIQUE,
    issued_at     TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    used_at       TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ
);
CREATE INDEX refresh_token_family ON refresh_token (family_id);

CREATE TABLE address (
    id          VARCHAR(36)  PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES account (id),
    receiver    VARCHAR(64)  NOT NULL,
    phone       VARCHAR(20)  NOT NULL,
    province    VARCHAR(64)  NOT NULL,
    city        VARCHAR(64)  NOT NULL,
    district    VARCHAR(64)  NOT NULL,
    detail      VARCHAR(255) NOT NULL,
    is_default  BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX address_account ON address (account_id);
