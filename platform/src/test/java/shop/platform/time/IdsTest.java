package shop.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void an_id_is_a_version_7_uuid_with_the_rfc_variant() {
        UUID id = UUID.fromString(Ids.newId());

        assertEquals(7, id.version());
        assertEquals(2, id.variant()); // binary 10xx
    }

    @Test
    void an_id_is_lowercase_canonical_text() {
        String id = Ids.newId();

        assertTrue(id.matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), id);
    }

    @Test
    void an_id_carries_its_creation_time_in_the_first_48_bits() {
        long millis = 1_740_824_130_123L;

        UUID id = UUID.fromString(Ids.newId(millis));

        assertEquals(millis, id.getMostSignificantBits() >>> 16);
    }

    @Test
    void ids_from_successive_milliseconds_sort_as_strings_in_creation_order() {
        List<String> ids = new ArrayList<>();
        // from the epoch across hex digit boundaries to the last representable millisecond
        long[] times = {0, 1, 9, 10, 15, 16, 255, 256, 1_740_824_130_123L, 1_740_824_130_124L, (1L << 48) - 1};
        for (long millis : times) {
            ids.add(Ids.newId(millis));
        }

        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(ids, sorted);
    }

    @Test
    void ids_generated_in_sequence_sort_by_time() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Ids.newId());
            waitForNextMillisecond();
        }

        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(ids, sorted);
    }

    @Test
    void ids_in_the_same_millisecond_still_differ() {
        HashSet<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.newId(1_740_824_130_123L));
        }

        assertEquals(10_000, ids.size());
    }

    @Test
    void the_random_part_is_not_constant() {
        assertNotEquals(Ids.newId(0).substring(14), Ids.newId(0).substring(14));
    }

    @Test
    void timestamps_outside_48_bits_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> Ids.newId(-1));
        assertThrows(IllegalArgumentException.class, () -> Ids.newId(1L << 48));
    }

    private static void waitForNextMillisecond() throws InterruptedException {
        long now = System.currentTimeMillis();
        while (System.currentTimeMillis() == now) {
            Thread.sleep(1);
        }
    }
}
