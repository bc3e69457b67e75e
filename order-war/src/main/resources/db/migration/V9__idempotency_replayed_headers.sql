-- A replayed answer repeats the first one's Location (and Preference-Applied), not only its
-- status and body (platform IdempotencyFilter). Null for answers kept before.
ALTER TABLE idempotency_key ADD COLUMN response_headers TEXT;
