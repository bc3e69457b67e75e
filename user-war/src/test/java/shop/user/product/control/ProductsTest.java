package shop.user.product.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.user.product.entity.ProductSnapshot;

/** A favorite or history entry keeps a product's name, its lowest SKU price and its first image. */
class ProductsTest {

    private static JsonObject json(String text) {
        try (var reader = Jsons.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void the_snapshot_has_the_lowest_price_and_the_first_image() {
        ProductSnapshot snapshot = Products.snapshot(json("""
                {"id":"p1","name":"华为 Mate","skus":[{"id":"a","price":599900,"currency":"CNY"},{"id":"b","price":499900,"currency":"CNY"}],
                 "images":["https://img.example/1.png","https://img.example/2.png"]}"""));
        assertEquals("华为 Mate", snapshot.name());
        assertEquals(499900, snapshot.price());
        assertEquals("CNY", snapshot.currency());
        assertEquals("https://img.example/1.png", snapshot.mainImage());
    }

    @Test
    void a_product_without_images_has_no_main_image() {
        ProductSnapshot snapshot = Products.snapshot(json("""
                {"id":"p1","name":"T恤","skus":[{"id":"a","price":9900,"currency":"CNY"}],"images":[]}"""));
        assertNull(snapshot.mainImage());
        assertEquals(9900, snapshot.price());
    }

    @Test
    void a_product_the_catalog_does_not_show_is_an_invalid_reference() {
        Products products = new Products();
        products.catalog = id -> {
            throw ProblemException.notFound("No such product.");
        };
        ProblemException refused = assertThrows(ProblemException.class, () -> products.published("draft-or-unknown"));
        assertEquals(ErrorCode.INVALID_REFERENCE, refused.problem().code());
        assertEquals(422, refused.problem().status());
    }

    @Test
    void when_the_catalog_cannot_answer_nothing_is_stored_and_the_shopper_may_retry() {
        ProblemException unavailable = assertThrows(ProblemException.class, () -> new Products().unanswered("p1"));
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE, unavailable.problem().code());
        assertEquals("5", unavailable.headers().get("Retry-After"));
    }
}
