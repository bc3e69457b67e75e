/**
 * Sagas started in code: the Narayana coordinator's REST API through one client, for the
 * services that start, join, close or cancel an LRA themselves (checkout starts its LRA in code
 * because the payment window, its time limit, comes from configuration).
 */
package shop.platform.saga;
