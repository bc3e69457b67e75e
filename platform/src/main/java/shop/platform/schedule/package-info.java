/** Background work that repeats (sweeps, relays, followers) and keeps repeating whatever a run throws. */
package shop.platform.schedule;
