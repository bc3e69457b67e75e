package shop.payment.provider.entity;

/**
 * The HTTP answer a provider expects to a notification it posted: accepted, so it stops
 * sending, or refused, so it sends again later.
 *
 * @param status      HTTP status
 * @param contentType media type of {@code body}, or null when there is no body
 * @param body        the body, or null for none
 */
public record Acknowledgement(int status, String contentType, String body) {
}
