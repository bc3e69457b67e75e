package shop.admin.deadletter.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;

/**
 * Browses the broker's dead-letter queue (without consuming): every message some subscriber
 * could not process within the delivery limit, with where it was sent and what it was.
 */
@ApplicationScoped
public class DeadLetters {

    static final String QUEUE = "DLQ";
    private static final int EXCERPT = 500;

    @Inject
    ConnectionFactory broker;

    /** One parked message as operators see it. */
    public record DeadLetter(String messageId, String originalAddress, String originalQueue, String type,
            long timestamp, String excerpt) {
    }

    public List<DeadLetter> browse(int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        try (JMSContext context = broker.createContext();
             QueueBrowser browser = context.createBrowser(context.createQueue(QUEUE))) {
            Enumeration<?> messages = browser.getEnumeration();
            for (Message message : Collections.list((Enumeration<Message>) messages)) {
                if (letters.size() >= limit) {
                    break;
                }
                letters.add(describe(message));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot browse the dead-letter queue", e);
        }
        return letters;
    }

    private static DeadLetter describe(Message message) throws JMSException {
        String body = message instanceof TextMessage text && text.getText() != null ? text.getText() : "";
        return new DeadLetter(message.getJMSMessageID(),
                message.getStringProperty("_AMQ_ORIG_ADDRESS"),
                message.getStringProperty("_AMQ_ORIG_QUEUE"),
                message.getStringProperty("ce_type"),
                message.getJMSTimestamp(),
                body.length() > EXCERPT ? body.substring(0, EXCERPT) : body);
    }
}
