/**
 * The shop's notion of "now" (UTC, millisecond precision) and its time-ordered opaque ids.
 */
package shop.platform.time;
