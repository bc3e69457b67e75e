-- The saga self-check's participant ledger: one row per LRA the participant joined (or was
-- told about), with how often the coordinator called back and how often that had an effect.
CREATE TABLE saga_self_check (
    lra_id      VARCHAR(400) PRIMARY KEY,
    state       VARCHAR(20)  NOT NULL,
    callbacks   INTEGER      NOT NULL DEFAULT 0,
    effects     INTEGER      NOT NULL DEFAULT 0,
    joined_at   TIMESTAMPTZ,
    ended_at    TIMESTAMPTZ
);
