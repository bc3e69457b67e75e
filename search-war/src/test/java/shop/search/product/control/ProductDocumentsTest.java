package shop.search.product.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import shop.search.product.entity.IndexedProduct;

/** The binary forms and small helpers behind the index. */
class ProductDocumentsTest {

    @Test
    void a_product_survives_its_stored_form_unchanged() {
        IndexedProduct full = TestProducts.huaweiPhone();
        assertEquals(full, ProductDocuments.decode(new BytesRef(ProductDocuments.encode(full))));
        IndexedProduct sparse = TestProducts.product("x", "只有名字").build();
        assertEquals(sparse, ProductDocuments.decode(new BytesRef(ProductDocuments.encode(sparse))));
    }

    @Test
    void sku_lists_survive_their_stored_form() {
        String[] skus = {"a", "b-2", "白色"};
        assertArrayEquals(skus, ProductDocuments.decodeSkus(ProductDocuments.encodeSkus(skus)));
        assertArrayEquals(new String[0], ProductDocuments.decodeSkus(ProductDocuments.encodeSkus(new String[0])));
    }

    @Test
    void price_bands_include_their_lower_bound_and_exclude_their_upper_bound() {
        assertEquals(0, FacetCounter.band(0));
        assertEquals(0, FacetCounter.band(4_999));
        assertEquals(1, FacetCounter.band(5_000));
        assertEquals(2, FacetCounter.band(10_000));
        assertEquals(4, FacetCounter.band(499_999));
        assertEquals(5, FacetCounter.band(500_000));
        assertEquals(5, FacetCounter.band(Long.MAX_VALUE));
    }

    @Test
    void typed_text_must_appear_as_consecutive_tokens_with_the_last_one_as_a_prefix() {
        List<String> name = List.of("新", "款", "华", "为", "huawei", "phone");
        assertTrue(Suggestions.contains(name, List.of("华", "为")));
        assertTrue(Suggestions.contains(name, List.of("huaw")));
        assertTrue(Suggestions.contains(name, List.of("huawei", "ph")));
        assertFalse(Suggestions.contains(name, List.of("为", "华")));
        assertFalse(Suggestions.contains(name, List.of("uawei")));
        assertFalse(Suggestions.contains(name, List.of("huaw", "phone")), "only the last token is a prefix");
    }

    @Test
    void highlighting_escapes_html() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39;", NameHighlighter.escape("<a href=\"x\">&'"));
    }
}
