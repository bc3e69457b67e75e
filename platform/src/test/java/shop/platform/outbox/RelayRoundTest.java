package shop.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RelayRoundTest {

    private static RelayRound.Pending event(String id, String subject, boolean due) {
        return new RelayRound.Pending(id, subject, due, 0, "shop.order", "shop.order.placed", "{}");
    }

    private static List<String> ids(List<RelayRound.Pending> events) {
        return events.stream().map(RelayRound.Pending::id).toList();
    }

    @Test
    void due_events_go_out_oldest_first() {
        List<String> sent = new ArrayList<>();
        RelayRound.Outcome outcome = RelayRound.run(
                List.of(event("1", "a", true), event("2", "b", true), event("3", "a", true)), e -> sent.add(e.id()));
        assertEquals(List.of("1", "2", "3"), sent);
        assertEquals(List.of("1", "2", "3"), ids(outcome.published()));
        assertTrue(outcome.refused().isEmpty());
    }

    @Test
    void an_event_waiting_out_its_backoff_holds_back_its_subject_but_not_others() {
        List<String> sent = new ArrayList<>();
        RelayRound.Outcome outcome = RelayRound.run(
                List.of(event("1", "a", false), event("2", "a", true), event("3", "b", true)), e -> sent.add(e.id()));
        assertEquals(List.of("3"), sent, "order 'a' waits for its first event; 'b' is not held up");
        assertEquals(List.of("3"), ids(outcome.published()));
    }

    @Test
    void a_refusal_ends_the_round_and_names_the_refused_event() {
        List<String> sent = new ArrayList<>();
        RelayRound.Outcome outcome = RelayRound.run(
                List.of(event("1", "a", true), event("2", "b", true), event("3", "c", true)), e -> {
                    if (e.id().equals("2")) {
                        throw new IllegalStateException("broker away");
                    }
                    sent.add(e.id());
                });
        assertEquals(List.of("1"), sent, "nothing after the refusal is tried");
        assertEquals(List.of("1"), ids(outcome.published()));
        assertEquals("2", outcome.refused().orElseThrow().id());
        assertEquals("broker away", outcome.cause().orElseThrow().getMessage());
    }
}
