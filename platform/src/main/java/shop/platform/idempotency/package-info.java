/**
 * {@code Idempotency-Key} for POSTs (CONTRACT.md): per user, kept 24 hours; the same key with
 * the same JSON body replays the first success, another body is 422, a first attempt still
 * running is 409, failed attempts are forgotten. A service opts in per method with
 * {@link Idempotent} and a table from its migrations (see {@code idempotency_key} in user-war).
 */
package shop.platform.idempotency;
