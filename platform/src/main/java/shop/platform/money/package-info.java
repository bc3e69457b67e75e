/**
 * Money as the shop's public contract defines it: whole minor units (fen) with an ISO 4217
 * currency, rounded half up to the fen, and order-level discounts spread over lines so that
 * partial refunds are exact.
 */
package shop.platform.money;
