package shop.catalog.product.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import shop.catalog.review.control.Reviews;

class ProductDetailsTest {

    /** Stands in for the database: answers, or fails as a lost connection does. */
    static class Database extends ProductCatalog {
        final AtomicInteger reads = new AtomicInteger();
        volatile boolean down;
        volatile String name = "华为智能手机";
        volatile boolean published = true;

        @Override
        public Optional<shop.catalog.product.entity.Product> published(String id) {
            reads.incrementAndGet();
            if (down) {
                throw new PersistenceException("connection refused");
            }
            if (!published) {
                return Optional.empty();
            }
            var product = new shop.catalog.product.entity.Product(id, name, null, null, "c3", null, "[]", java.time.OffsetDateTime.now());
            return Optional.of(product);
        }
    }

    static class NoReviews extends Reviews {
        @Override
        public JsonObject ratingOf(String productId) {
            return Json.createObjectBuilder().add("average", 0).add("count", 0).build();
        }
    }

    Database database;
    ProductDetails details;

    @BeforeEach
    void create() {
        database = new Database();
        details = new ProductDetails();
        details.catalog = database;
        details.reviews = new NoReviews();
        details.ttl = Duration.ofMinutes(10);
        details.size = 1000;
        details.create();
    }

    static String text(ProductDetails.Detail detail) {
        return new String(detail.json().orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void a_second_read_is_served_from_memory() {
        details.of("p1");
        details.of("p1");
        assertEquals(1, database.reads.get());
    }

    @Test
    void an_eviction_makes_the_next_read_see_the_change() {
        assertTrue(text(details.of("p1")).contains("华为智能手机"));
        database.name = "华为智能手机 二代";
        details.evict("p1");
        assertTrue(text(details.of("p1")).contains("二代"));
    }

    @Test
    void when_the_database_is_down_the_last_known_detail_is_served_marked_stale() {
        details.of("p1");
        details.evict("p1");
        database.down = true;
        ProductDetails.Detail detail = details.of("p1");
        assertTrue(detail.stale());
        assertTrue(text(detail).contains("华为智能手机"));
    }

    @Test
    void when_the_database_is_down_a_product_never_read_is_an_error() {
        database.down = true;
        assertThrows(PersistenceException.class, () -> details.of("p2"));
    }

    @Test
    void an_unpublished_product_is_not_served_even_stale() {
        details.of("p1");
        database.published = false;
        details.evict("p1");
        assertFalse(details.of("p1").json().isPresent());
        database.down = true;
        details.evict("p1");
        assertThrows(PersistenceException.class, () -> details.of("p1"));
    }
}
