/**
 * Errors as RFC 9457 problem+json with the shop's {@code code} member (CONTRACT.md), for
 * everything a service answers: exceptions inside JAX-RS and the container's own 4xx/5xx.
 */
package shop.platform.problem;
