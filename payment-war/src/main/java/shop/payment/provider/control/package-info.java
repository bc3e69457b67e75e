/**
 * Payment provider adapters behind one interface, {@link shop.payment.provider.control.PaymentProvider}:
 * Alipay (open platform, RSA2) and WeChat Pay (API v3). Each builds signed requests in its
 * provider's format, verifies what the provider sends back and reads its daily statement, so
 * that a real merchant account is a matter of configuration ({@link shop.payment.provider.control.PaymentProviders}).
 * Nothing here makes network calls.
 */
package shop.payment.provider.control;
