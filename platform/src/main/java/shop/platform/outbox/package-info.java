/**
 * The transactional outbox: events are written in the same database transaction as the change
 * they announce, and a relay publishes them to the broker after commit (at once, and by a
 * periodic sweep that retries with backoff until the broker takes them), in order per subject.
 */
package shop.platform.outbox;
