/**
 * What the shop exchanges with a payment provider, in the shop's terms: the payment or refund
 * it asks for, the request that would go out, and the notifications, answers and statement
 * lines that come back, normalized so that the rest of the service never sees a provider's
 * format. Amounts are always whole fen.
 */
package shop.payment.provider.entity;
