package shop.platform.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ordering rule of one relay round: pending events go out oldest first; an event that is
 * not due yet (waiting out its backoff) holds back the later events of its subject, so no
 * subscriber sees a subject's events out of order; the first refusal ends the round (the
 * broker is away), leaving everything after it for the next round.
 */
final class RelayRound {

    /** An outbox row waiting to be published. */
    record Pending(String id, String subject, boolean due, int attempts, String topic, String type, String payload) {
    }

    /** Sends one event; throws when the broker does not take it. */
    interface Sender {
        void send(Pending event);
    }

    /** What a round did: the events the broker took, in order, and the one it refused, if any. */
    record Outcome(List<Pending> published, Optional<Pending> refused, Optional<RuntimeException> cause) {
    }

    private RelayRound() {
    }

    static Outcome run(List<Pending> oldestFirst, Sender sender) {
        List<Pending> published = new ArrayList<>();
        Set<String> heldBack = new HashSet<>();
        for (Pending event : oldestFirst) {
            if (heldBack.contains(event.subject()) || !event.due()) {
                heldBack.add(event.subject());
                continue;
            }
            try {
                sender.send(event);
            } catch (RuntimeException refused) {
                return new Outcome(published, Optional.of(event), Optional.of(refused));
            }
            published.add(event);
        }
        return new Outcome(published, Optional.empty(), Optional.empty());
    }
}
