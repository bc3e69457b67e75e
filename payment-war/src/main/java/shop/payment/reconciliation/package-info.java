/**
 * Daily reconciliation: the provider's statement for a day (the sandbox provider's books here;
 * Alipay's and WeChat Pay's bills through their adapters) is compared with our payments and
 * refunds, and every mismatch (missing on either side, or a different amount) is listed in a
 * report finance reads.
 */
package shop.payment.reconciliation;
