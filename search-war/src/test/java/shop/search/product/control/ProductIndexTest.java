package shop.search.product.control;

import static org.junit.jupiter.api.Assertions.*;
import static shop.search.product.control.TestProducts.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shop.search.product.entity.CategoryRef;
import shop.search.product.entity.FacetCount;
import shop.search.product.entity.IndexedProduct;
import shop.search.product.entity.PriceBand;
import shop.search.product.entity.ProductHit;
import shop.search.product.entity.ProductHits;
import shop.search.product.entity.ProductQuery;
import shop.search.product.entity.ProductQuery.Sort;

/** Searching: keywords, filters, facets, sorts, paging, highlighting and suggestions over a small catalog. */
class ProductIndexTest {

    @TempDir
    Path folder;
    ProductIndex index;

    @BeforeEach
    void indexCatalog() throws IOException {
        index = ProductIndex.open(folder);
        for (IndexedProduct p : catalog()) {
            assertTrue(index.upsert(p));
        }
        index.refresh();
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    static List<String> ids(ProductHits hits) {
        return hits.items().stream().map(ProductHit::id).toList();
    }

    List<String> idsFor(String keywords) {
        return ids(index.search(ProductQuery.keywords(keywords)));
    }

    Set<String> idSetFor(ProductQuery q) {
        return new HashSet<>(ids(index.search(q)));
    }

    ProductHit hit(ProductHits hits, String id) {
        return hits.items().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    // --- Chinese and English keywords ---

    @Test
    void a_chinese_word_finds_a_longer_compound_name() {
        assertTrue(idsFor("手机").contains("p1"));
    }

    @Test
    void space_separated_words_must_all_match() {
        assertEquals(List.of("p1"), idsFor("华为 手机"));
        assertEquals(Set.of("p1", "p5"), Set.copyOf(idsFor("华为")));
    }

    @Test
    void an_unspaced_compound_query_is_segmented_into_words_that_must_all_match() {
        assertEquals(List.of("p1"), idsFor("华为手机"));
    }

    @Test
    void the_words_of_a_query_may_match_in_different_fields() {
        // brand 苹果 + category 智能手机
        assertEquals(List.of("p2"), idsFor("苹果 智能手机"));
        // level-1 category name
        assertEquals(List.of("p4"), idsFor("服装"));
    }

    @Test
    void sku_specifications_are_searchable() {
        assertEquals(List.of("p1"), idsFor("256GB"));
        assertEquals(List.of("p1"), idsFor("白色"));
    }

    @Test
    void an_english_word_finds_the_english_name_in_any_case_and_inflection() {
        assertEquals(List.of("p1"), idsFor("phone"));
        assertEquals(List.of("p1"), idsFor("Phones"));
        assertEquals(Set.of("p1", "p5"), Set.copyOf(idsFor("HUAWEI")));
        assertEquals(List.of("p2"), idsFor("iphone"));
    }

    @Test
    void chinese_and_english_words_combine() {
        assertEquals(List.of("p1"), idsFor("华为 phone"));
        assertEquals(List.of(), idsFor("华为 laptop"));
    }

    @Test
    void a_query_that_matches_nothing_returns_an_empty_result() {
        ProductHits hits = index.search(ProductQuery.keywords("冰箱"));
        assertEquals(0, hits.total());
        assertTrue(hits.items().isEmpty());
        assertTrue(hits.facets().category().isEmpty());
        assertTrue(hits.facets().brand().isEmpty());
        assertTrue(hits.facets().priceBands().isEmpty());
        assertEquals(0, index.search(ProductQuery.keywords("refrigerator")).total());
    }

    @Test
    void punctuation_only_keywords_are_treated_as_no_keywords() {
        assertEquals(5, index.search(ProductQuery.keywords("，。!")).total());
        assertEquals(5, index.search(ProductQuery.keywords("   ")).total());
    }

    @Test
    void name_matches_rank_above_description_only_matches() {
        List<String> ids = idsFor("手机");
        assertEquals(Set.of("p1", "p2", "p4"), Set.copyOf(ids));
        assertEquals("p4", ids.get(2), "the T-shirt mentions 手机 only in its description");
    }

    @Test
    void a_segmentation_mismatch_is_found_through_bigrams_and_ranks_below_word_matches() throws IOException {
        // smartcn segments this name as 手 / 机壳, so the word 手机 is not in it; the bigram 手机 is.
        assertFalse(Analysis.tokens(Analysis.SMART, IndexFields.NAME, "<b>手机壳</b>").contains("手机"));
        index.upsert(product("p9", "<b>手机壳</b>").sku("s9", 1_900, null).build());
        index.refresh();
        List<String> ids = idsFor("手机");
        assertTrue(ids.contains("p9"), ids.toString());
        assertTrue(ids.indexOf("p1") < ids.indexOf("p9"));
    }

    // --- filters ---

    @Test
    void a_level_one_category_filter_includes_every_sub_category() {
        assertEquals(Set.of("p1", "p2", "p3", "p5"), idSetFor(ProductQuery.all().withCategory("c1")));
        assertEquals(Set.of("p4"), idSetFor(ProductQuery.all().withCategory("c2")));
    }

    @Test
    void a_level_two_category_filter_includes_its_leaf_categories() {
        assertEquals(Set.of("p3", "p5"), idSetFor(ProductQuery.all().withCategory("c12")));
        assertEquals(Set.of("p1", "p2"), idSetFor(ProductQuery.all().withCategory("c11")));
        assertEquals(Set.of("p1", "p2"), idSetFor(ProductQuery.all().withCategory("c111")));
    }

    @Test
    void category_and_keyword_filters_combine() {
        assertEquals(Set.of("p5"), idSetFor(ProductQuery.keywords("华为").withCategory("c12")));
    }

    @Test
    void a_brand_filter_keeps_that_brand_only() {
        assertEquals(Set.of("p1", "p5"), idSetFor(ProductQuery.all().withBrand("b1")));
    }

    @Test
    void a_price_range_matches_a_product_through_its_second_sku() {
        // T-shirt: 49.00 and 79.00 yuan; the range covers only the second SKU
        assertEquals(Set.of("p4"), idSetFor(ProductQuery.all().withPrice(7_000L, 8_000L)));
        // Huawei phone: 3999.00 and 4599.00 yuan
        assertEquals(Set.of("p1"), idSetFor(ProductQuery.all().withPrice(450_000L, 460_000L)));
    }

    @Test
    void price_bounds_are_inclusive_and_either_may_be_open() {
        assertEquals(Set.of("p5"), idSetFor(ProductQuery.all().withPrice(299_900L, 299_900L)));
        assertEquals(Set.of("p2"), idSetFor(ProductQuery.all().withPrice(500_000L, null)));
        assertEquals(Set.of("p4"), idSetFor(ProductQuery.all().withPrice(null, 10_000L)));
        assertEquals(Set.of(), idSetFor(ProductQuery.all().withPrice(10_000L, 20_000L)));
    }

    @Test
    void products_without_stock_information_are_in_stock_and_stock_updates_change_that() throws IOException {
        assertEquals(5, index.search(ProductQuery.all().withInStock(true)).total());

        index.updateStock("s4a", 0);
        index.refresh();
        assertEquals(5, index.search(ProductQuery.all().withInStock(true)).total(),
                "the second SKU has no stock information yet, so the T-shirt is still sellable");

        index.updateStock("s4b", 0);
        index.refresh();
        assertEquals(Set.of("p1", "p2", "p3", "p5"), idSetFor(ProductQuery.all().withInStock(true)));
        assertEquals(Set.of("p4"), idSetFor(ProductQuery.all().withInStock(false)));
        assertFalse(hit(index.search(ProductQuery.all()), "p4").inStock());
        assertEquals(5, index.search(ProductQuery.all()).total(), "no in-stock filter: both");

        index.updateStock("s4b", 3);
        index.refresh();
        assertTrue(hit(index.search(ProductQuery.all()), "p4").inStock());
        assertEquals(5, index.search(ProductQuery.all().withInStock(true)).total());
    }

    // --- facets ---

    @Test
    void facets_count_every_match_with_names() {
        ProductHits hits = index.search(ProductQuery.all().withPage(0, 1));
        assertEquals(5, hits.total());
        assertEquals(1, hits.items().size());
        assertEquals(List.of(
                new FacetCount("c111", "智能手机", 2),
                new FacetCount("c211", "T恤", 1),      // ties ordered by name
                new FacetCount("c122", "平板", 1),
                new FacetCount("c121", "笔记本", 1)), hits.facets().category());
        assertEquals(List.of(
                new FacetCount("b1", "华为", 2),
                new FacetCount("b4", "优衣库", 1),
                new FacetCount("b3", "小米", 1),
                new FacetCount("b2", "苹果", 1)), hits.facets().brand());
        assertEquals(List.of(
                new PriceBand(0, 5_000L, 1),
                new PriceBand(100_000, 500_000L, 3),
                new PriceBand(500_000, null, 1)), hits.facets().priceBands());
    }

    @Test
    void facets_count_only_the_matches_after_keywords_and_filters() {
        ProductHits hits = index.search(ProductQuery.keywords("手机"));
        assertEquals(3, hits.total());
        assertEquals(List.of(new FacetCount("c111", "智能手机", 2), new FacetCount("c211", "T恤", 1)),
                hits.facets().category());
        assertEquals(List.of(new FacetCount("b4", "优衣库", 1), new FacetCount("b1", "华为", 1),
                new FacetCount("b2", "苹果", 1)), hits.facets().brand());

        // digital products with a SKU up to 4500.00 yuan: the Huawei phone and tablet
        ProductHits filtered = index.search(ProductQuery.all().withCategory("c1").withPrice(null, 450_000L));
        assertEquals(2, filtered.total());
        assertEquals(List.of(new FacetCount("c122", "平板", 1), new FacetCount("c111", "智能手机", 1)),
                filtered.facets().category());
        assertEquals(List.of(new FacetCount("b1", "华为", 2)), filtered.facets().brand());
        assertEquals(List.of(new PriceBand(100_000, 500_000L, 2)), filtered.facets().priceBands());
    }

    @Test
    void a_renamed_category_is_counted_once_under_its_id_with_its_most_common_name() throws IOException {
        index.upsert(product("p6", "华为折叠屏手机").in(DIGITAL, PHONES, new CategoryRef("c111", "5G手机"))
                .sku("s6", 999_900, null).build());
        index.refresh();
        assertEquals(List.of(new FacetCount("c111", "智能手机", 3)),
                index.search(ProductQuery.all().withCategory("c111")).facets().category());
    }

    // --- sorts ---

    @Test
    void price_sorts_use_the_lowest_sku_price() {
        assertEquals(List.of("p4", "p5", "p1", "p3", "p2"),
                ids(index.search(ProductQuery.all().withSort(Sort.PRICE_ASC))));
        assertEquals(List.of("p2", "p3", "p1", "p5", "p4"),
                ids(index.search(ProductQuery.all().withSort(Sort.PRICE_DESC))));
        assertEquals(4_900, hit(index.search(ProductQuery.all()), "p4").price());
    }

    @Test
    void newest_sort_orders_by_publication_time() {
        List<String> newest = List.of("p5", "p3", "p2", "p4", "p1");
        assertEquals(newest, ids(index.search(ProductQuery.all().withSort(Sort.NEWEST))));
        assertEquals(newest, ids(index.search(ProductQuery.all())), "no keywords: relevance is newest");
    }

    @Test
    void sales_sort_puts_the_best_sellers_first_and_breaks_ties_by_newest() throws IOException {
        index.setSales("p3", 100);
        index.setSales("p1", 50);
        index.setSales("p2", 50);
        index.refresh();
        assertEquals(List.of("p3", "p2", "p1", "p5", "p4"),
                ids(index.search(ProductQuery.all().withSort(Sort.SALES))));
        assertEquals(100, hit(index.search(ProductQuery.all()), "p3").sales());
    }

    @Test
    void relevance_breaks_score_ties_by_newest() throws IOException {
        // identical text, different publication times
        index.upsert(product("a", "蓝牙耳机").published("2024-05-01T00:00:00Z").build());
        index.upsert(product("b", "蓝牙耳机").published("2024-06-01T00:00:00Z").build());
        index.refresh();
        assertEquals(List.of("b", "a"), idsFor("蓝牙耳机"));
    }

    // --- paging ---

    @Test
    void pages_partition_the_results_and_report_the_total() throws IOException {
        for (int i = 0; i < 40; i++) {
            index.upsert(generated(i, 1));
        }
        index.refresh();
        Set<String> seen = new HashSet<>();
        int[] sizes = {20, 20, 5, 0};
        for (int page = 0; page < sizes.length; page++) {
            ProductHits hits = index.search(ProductQuery.all().withSort(Sort.PRICE_ASC).withPage(page, 20));
            assertEquals(45, hits.total());
            assertEquals(page, hits.page());
            assertEquals(20, hits.size());
            assertEquals(sizes[page], hits.items().size(), "page " + page);
            hits.items().forEach(h -> assertTrue(seen.add(h.id()), "seen twice: " + h.id()));
        }
        assertEquals(45, seen.size());
    }

    @Test
    void a_page_beyond_ten_thousand_results_is_empty_but_keeps_total_and_facets() {
        ProductHits deep = index.search(ProductQuery.all().withPage(600, 20));
        assertEquals(5, deep.total());
        assertTrue(deep.items().isEmpty());
        assertEquals(2, deep.facets().category().get(0).count());
    }

    @Test
    void out_of_range_paging_arguments_do_not_fail() {
        ProductHits hits = index.search(ProductQuery.all().withPage(-3, 0));
        assertEquals(0, hits.page());
        assertEquals(1, hits.items().size());
        assertEquals(100, index.search(ProductQuery.all().withPage(0, 5_000)).size());
    }

    // --- hits and highlighting ---

    @Test
    void a_hit_carries_what_a_result_list_shows() {
        ProductHit p1 = hit(index.search(ProductQuery.all()), "p1");
        assertEquals(new ProductHit("p1", "华为智能手机", "华为智能手机", 399_900, "CNY", "https://img.example/p1.jpg",
                "c111", "b1", true, 0), p1);
    }

    @Test
    void matched_words_of_the_name_are_wrapped_in_em() {
        assertEquals("华为智能<em>手机</em>", hit(index.search(ProductQuery.keywords("手机")), "p1").highlightedName());
        assertEquals("<em>华为</em>智能<em>手机</em>",
                hit(index.search(ProductQuery.keywords("华为 手机")), "p1").highlightedName());
        assertEquals("<em>苹果手机</em> <em>iPhone</em> 15",
                hit(index.search(ProductQuery.keywords("苹果手机 iphone")), "p2").highlightedName());
    }

    @Test
    void a_name_without_matched_words_is_returned_escaped_without_marks() {
        // found through the description only
        assertEquals("纯棉T恤", hit(index.search(ProductQuery.keywords("手机")), "p4").highlightedName());
    }

    @Test
    void markup_in_a_name_is_escaped() throws IOException {
        index.upsert(product("x", "<script>alert('x')</script>手机壳 & 膜").build());
        index.refresh();
        ProductHit matched = hit(index.search(ProductQuery.keywords("手机")), "x");
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<em>手机</em>壳 &amp; 膜", matched.highlightedName());
        assertEquals("<script>alert('x')</script>手机壳 & 膜", matched.name());
        ProductHit plain = hit(index.search(ProductQuery.all()), "x");
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;手机壳 &amp; 膜", plain.highlightedName());
    }

    // --- suggestions ---

    @Test
    void suggest_completes_a_chinese_prefix_best_sellers_first() throws IOException {
        index.setSales("p5", 100);
        index.setSales("p1", 10);
        index.refresh();
        assertEquals(List.of("华为", "华为平板电脑", "华为智能手机"), index.suggest("华为", 10));
        assertEquals(List.of("华为", "华为平板电脑"), index.suggest("华为", 2));
    }

    @Test
    void suggest_finds_chinese_text_inside_a_name() {
        assertEquals(Set.of("华为智能手机", "苹果手机 iPhone 15"), Set.copyOf(index.suggest("手机", 10)));
    }

    @Test
    void suggest_completes_a_latin_prefix_of_english_and_brand_names_ignoring_case() throws IOException {
        index.setSales("p1", 5);
        index.refresh();
        assertEquals(List.of("Huawei Smart Phone", "Huawei Tablet"), index.suggest("hua", 10));
        assertEquals(List.of("Huawei Smart Phone", "Huawei Tablet"), index.suggest("Huaw", 10));
        assertEquals(List.of("Huawei Smart Phone"), index.suggest("huawei sm", 10));
        assertEquals(List.of("苹果手机 iPhone 15", "Apple iPhone 15"), index.suggest("iph", 10));
    }

    @Test
    void suggestions_are_de_duplicated() throws IOException {
        index.upsert(product("q1", "蓝牙耳机").build());
        index.upsert(product("q2", "蓝牙耳机").build());
        index.refresh();
        assertEquals(List.of("蓝牙耳机"), index.suggest("蓝牙", 10));
    }

    @Test
    void suggestions_follow_upserts_and_removals() throws IOException {
        assertTrue(index.suggest("华为平", 10).contains("华为平板电脑"));
        index.remove("p5", 2);
        index.upsert(product("p7", "华为平衡车").build());
        index.refresh();
        assertEquals(List.of("华为平衡车"), index.suggest("华为平", 10));
    }

    @Test
    void suggest_returns_nothing_for_empty_or_unmatched_text() {
        assertEquals(List.of(), index.suggest("", 10));
        assertEquals(List.of(), index.suggest("  ", 10));
        assertEquals(List.of(), index.suggest(null, 10));
        assertEquals(List.of(), index.suggest("冰箱", 10));
        assertEquals(List.of(), index.suggest("华为", 0));
    }
}
