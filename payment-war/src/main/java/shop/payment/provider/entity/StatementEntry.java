package shop.payment.provider.entity;

import java.time.Instant;
import java.util.Objects;

import shop.payment.provider.entity.ProviderNotification.Kind;

/**
 * One line of a provider's daily statement (bill): money that moved, for reconciliation with
 * the shop's own payments and refunds.
 *
 * @param paymentId     our payment id
 * @param refundId      our refund id for a refund line, when the statement names it; else null
 * @param providerTxnId the provider's transaction id (for WeChat Pay refunds: its refund id)
 * @param kind          a payment taken or a refund given
 * @param amount        in fen, always positive; {@code kind} says which way it went
 * @param currency      ISO 4217 code
 * @param at            when it happened, by the provider's statement
 */
public record StatementEntry(String paymentId, String refundId, String providerTxnId, Kind kind, long amount,
        String currency, Instant at) {

    public StatementEntry {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(at, "at");
    }
}
