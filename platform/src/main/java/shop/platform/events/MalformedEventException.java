package shop.platform.events;

/**
 * A message that is not a valid shop CloudEvent: not JSON, not a JSON object, or with a
 * required context attribute missing or invalid. Also thrown by {@link CloudEvent#of} when the
 * arguments would make such an event, and by {@link CloudEvent#dataAs} when the data does not
 * bind.
 *
 * <p>Such a message can never become valid by being delivered again, so a consumer should not
 * roll it back for redelivery: acknowledge it and log it, or move it aside (the broker's
 * {@code DLQ} receives messages after five failed delivery attempts anyway).
 */
public class MalformedEventException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The offending attribute, or {@code null}. */
    private final String attribute;

    /**
     * @param attribute the offending context attribute (such as {@code "specversion"}), or
     *                  {@code null} when the document as a whole is unusable
     * @param message   what is wrong, for logs
     */
    public MalformedEventException(String attribute, String message) {
        super(message);
        this.attribute = attribute;
    }

    /**
     * @param attribute the offending context attribute, or {@code null}
     * @param message   what is wrong, for logs
     * @param cause     the parser's or converter's exception
     */
    public MalformedEventException(String attribute, String message, Throwable cause) {
        super(message, cause);
        this.attribute = attribute;
    }

    /**
     * The context attribute that is missing or invalid, such as {@code "id"} or {@code "time"};
     * {@code null} when the text is not a JSON object at all.
     *
     * @return the attribute name, or {@code null}
     */
    public String attribute() {
        return attribute;
    }
}
