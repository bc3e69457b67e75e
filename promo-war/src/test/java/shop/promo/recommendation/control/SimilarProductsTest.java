package shop.promo.recommendation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import shop.promo.ranking.control.CatalogLookups;
import shop.promo.ranking.entity.ProductFact;
import shop.promo.recommendation.entity.Similarity.Similar;

class SimilarProductsTest {

    static final ProductFact KETTLE = new ProductFact("k1", "水壶", "kettles", "b1", 10_000, "CNY", true);

    /** A catalog that answers with the given lists, or stays silent while {@code answering} is false. */
    static final class Catalog extends CatalogLookups {
        boolean answering = true;
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<List<ProductFact>> published(String categoryId, String brandId) {
            asked.add(categoryId != null ? "category " + categoryId : "brand " + brandId);
            if (!answering) {
                return Optional.empty();
            }
            return Optional.of(categoryId != null
                    ? List.of(KETTLE, new ProductFact("k2", "水壶2", "kettles", null, 12_000, "CNY", true))
                    : List.of(new ProductFact("c1", "杯子", "cups", "b1", 10_000, "CNY", true)));
        }
    }

    static List<String> ids(List<Similar> similar) {
        return similar.stream().map(s -> s.product().productId()).toList();
    }

    @Test
    void candidates_come_from_the_products_category_and_brand() {
        SimilarProducts similar = new SimilarProducts();
        Catalog catalog = new Catalog();
        similar.catalog = catalog;
        assertEquals(List.of("k2", "c1"), ids(similar.of(KETTLE, 10)));
        assertEquals(List.of("category kettles", "brand b1"), catalog.asked);
    }

    @Test
    void while_the_catalog_is_silent_the_last_answer_serves_and_an_unknown_product_has_none() {
        SimilarProducts similar = new SimilarProducts();
        Catalog catalog = new Catalog();
        similar.catalog = catalog;
        similar.of(KETTLE, 10);
        catalog.answering = false;
        assertEquals(List.of("k2", "c1"), ids(similar.of(KETTLE, 10)));
        assertEquals(List.of("k2"), ids(similar.of(KETTLE, 1)), "cut to the limit asked");
        assertEquals(List.of(), similar.of(new ProductFact("x", "别的", "kettles", null, 1, "CNY", true), 10));
    }
}
