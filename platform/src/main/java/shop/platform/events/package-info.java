/**
 * The shop's public events: the CloudEvents 1.0 envelope ({@link shop.platform.events.CloudEvent}),
 * the list of event types with their topics and schemas ({@link shop.platform.events.EventType}),
 * and the topic names ({@link shop.platform.events.Topics}).
 *
 * <p>The schemas of the event data, and how to subscribe, are in the repository's
 * {@code docs/events/} folder (start with its {@code README.md}).
 */
package shop.platform.events;
