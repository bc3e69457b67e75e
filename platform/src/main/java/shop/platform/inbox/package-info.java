/**
 * Consuming events: durable shared subscriptions per handler, each event applied once (the
 * processed-event table, in the same transaction as the handler's changes), a failing event
 * redelivered by the broker and, after its delivery limit, parked in the dead-letter address.
 */
package shop.platform.inbox;
