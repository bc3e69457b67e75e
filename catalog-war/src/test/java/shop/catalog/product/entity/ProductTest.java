package shop.catalog.product.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import shop.catalog.product.entity.ProductContent.SkuContent;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

class ProductTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");
    final AtomicInteger ids = new AtomicInteger();
    final Supplier<String> newIds = () -> "s" + ids.incrementAndGet();

    Product product(List<SkuContent> skus) {
        Product product = new Product("p1", "手机", null, null, "c3", null, "[]", NOW);
        product.edit(content(skus), newIds, NOW);
        return product;
    }

    static ProductContent content(List<SkuContent> skus) {
        return new ProductContent("手机", null, null, "c3", null, "[]", skus);
    }

    static SkuContent sku(String id, String color, long price) {
        return new SkuContent(id, "{\"颜色\":\"" + color + "\"}", price, "CNY", null, null);
    }

    @Test
    void a_new_product_is_a_draft_with_new_sku_ids() {
        Product product = product(List.of(sku(null, "黑", 100), sku(null, "白", 200)));
        assertEquals(ProductStatus.DRAFT, product.status());
        assertEquals(List.of("s1", "s2"), product.skus().stream().map(Sku::id).toList());
    }

    @Test
    void an_edit_keeps_named_skus_adds_new_ones_and_disables_the_rest() {
        Product product = product(List.of(sku(null, "黑", 100), sku(null, "白", 200)));
        product.edit(content(List.of(sku("s2", "白", 250), sku(null, "红", 300))), newIds, NOW);
        assertEquals(3, product.skus().size(), "no SKU is deleted");
        Sku black = product.skus().get(0);
        Sku white = product.skus().get(1);
        Sku red = product.skus().get(2);
        assertFalse(black.enabled());
        assertTrue(white.enabled());
        assertEquals(250, white.price());
        assertEquals("s3", red.id());
        assertTrue(red.enabled());
    }

    @Test
    void a_sku_of_another_product_is_refused() {
        Product product = product(List.of(sku(null, "黑", 100)));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> product.edit(content(List.of(sku("elsewhere", "黑", 100))), newIds, NOW));
        assertEquals(ErrorCode.VALIDATION_FAILED, refused.problem().code());
    }

    @Test
    void publishing_needs_a_sku_and_a_draft_or_unpublished_product() {
        Product empty = product(List.of());
        assertInvalidState(() -> empty.publish(NOW));
        Product product = product(List.of(sku(null, "黑", 100)));
        product.publish(NOW);
        assertTrue(product.isPublished());
        assertInvalidState(() -> product.publish(NOW));
        product.unpublish(NOW);
        assertInvalidState(() -> product.unpublish(NOW));
        product.publish(NOW);
        assertTrue(product.isPublished());
    }

    @Test
    void a_published_product_keeps_at_least_one_sku() {
        Product product = product(List.of(sku(null, "黑", 100)));
        product.publish(NOW);
        assertInvalidState(() -> product.edit(content(List.of()), newIds, NOW));
    }

    @Test
    void a_deleted_product_is_gone_for_every_change() {
        Product product = product(List.of(sku(null, "黑", 100)));
        product.delete(NOW);
        assertTrue(product.isDeleted());
        for (Runnable change : List.<Runnable>of(() -> product.delete(NOW), () -> product.edit(content(List.of()), newIds, NOW))) {
            ProblemException refused = assertThrows(ProblemException.class, change::run);
            assertEquals(ErrorCode.NOT_FOUND, refused.problem().code());
        }
        assertInvalidState(() -> product.publish(NOW));
    }

    static void assertInvalidState(Runnable change) {
        ProblemException refused = assertThrows(ProblemException.class, change::run);
        assertEquals(ErrorCode.INVALID_STATE, refused.problem().code());
    }
}
