/**
 * The shared jar every service deploys: what each service needs once (readiness checks,
 * broker access, the internal surface guard), so no service writes it again.
 */
package shop.platform;
