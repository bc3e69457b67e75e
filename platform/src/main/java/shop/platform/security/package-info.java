/**
 * Token checks every service shares: bad credentials and missing tokens answered as the
 * shop's 401 problem, whatever the endpoint.
 */
package shop.platform.security;
