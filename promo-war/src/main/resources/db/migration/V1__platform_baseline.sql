-- The promo service's schema (promo_svc), baseline: the platform tables every service uses.

-- Transactional outbox: events written in the same transaction as the change they announce,
-- published after commit and by a sweep that retries until the broker takes them.
CREATE TABLE outbox_event (
    id            UUID         PRIMARY KEY,
    topic         VARCHAR(100) NOT NULL,
    type          VARCHAR(150) NOT NULL,
    subject       VARCHAR(100) NOT NULL,
    payload       TEXT         NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ,
    attempts      INTEGER      NOT NULL DEFAULT 0,
    next_attempt  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX outbox_event_unpublished ON outbox_event (next_attempt, created_at) WHERE published_at IS NULL;

-- Idempotent inbox: ids of the events a consumer has applied, so a redelivery changes nothing.
CREATE TABLE processed_event (
    consumer      VARCHAR(100) NOT NULL,
    event_id      VARCHAR(100) NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
