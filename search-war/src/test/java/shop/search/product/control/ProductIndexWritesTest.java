package shop.search.product.control;

import static org.junit.jupiter.api.Assertions.*;
import static shop.search.product.control.TestProducts.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shop.search.product.entity.ProductHit;
import shop.search.product.entity.ProductHits;
import shop.search.product.entity.ProductQuery;

/** Writing: the version rule and tombstones, stock and sales, marks, durability and visibility. */
class ProductIndexWritesTest {

    @TempDir
    Path folder;
    ProductIndex index;

    @BeforeEach
    void open() throws IOException {
        index = ProductIndex.open(folder);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    ProductHits find(String keywords) throws IOException {
        index.refresh();
        return index.search(ProductQuery.keywords(keywords));
    }

    ProductHit only(ProductHits hits) {
        assertEquals(1, hits.total(), hits.toString());
        return hits.items().get(0);
    }

    ProductHit get(String id) throws IOException {
        index.refresh();
        return index.search(ProductQuery.all().withPage(0, 100)).items().stream()
                .filter(h -> h.id().equals(id)).findFirst().orElse(null);
    }

    // --- versions and tombstones ---

    @Test
    void an_older_upsert_after_a_newer_one_is_ignored() throws IOException {
        assertTrue(index.upsert(product("p", "新名字").version(2).build()));
        assertFalse(index.upsert(product("p", "旧名字").version(1).build()));
        assertFalse(index.upsert(product("p", "同版本").version(2).build()), "same version: already applied");
        assertEquals("新名字", get("p").name());
        assertTrue(index.upsert(product("p", "更新").version(3).build()));
        assertEquals("更新", get("p").name());
        assertEquals(1, index.size());
    }

    @Test
    void an_older_upsert_after_a_removal_does_not_resurrect_the_product() throws IOException {
        index.upsert(product("p", "蓝牙耳机").version(1).build());
        assertTrue(index.remove("p", 2));
        assertNull(get("p"));

        assertFalse(index.upsert(product("p", "蓝牙耳机").version(1).build()), "older event, late");
        assertFalse(index.upsert(product("p", "蓝牙耳机").version(2).build()), "removed at that version");
        assertNull(get("p"));
        assertEquals(0, find("蓝牙耳机").total());

        assertTrue(index.upsert(product("p", "蓝牙耳机").version(3).build()), "published again");
        assertNotNull(get("p"));
    }

    @Test
    void an_older_removal_is_ignored() throws IOException {
        index.upsert(product("p", "蓝牙耳机").version(5).build());
        assertFalse(index.remove("p", 4));
        assertFalse(index.remove("p", 5));
        assertNotNull(get("p"));
    }

    @Test
    void a_removal_that_arrives_before_the_product_blocks_older_upserts() throws IOException {
        assertTrue(index.remove("p", 3));
        assertFalse(index.upsert(product("p", "蓝牙耳机").version(2).build()));
        assertNull(get("p"));
        assertTrue(index.upsert(product("p", "蓝牙耳机").version(4).build()));
        assertNotNull(get("p"));
    }

    @Test
    void tombstones_are_never_searched_counted_or_faceted() throws IOException {
        index.upsert(huaweiPhone());
        index.upsert(huaweiTablet());
        index.remove("p5", 2);
        index.refresh();
        ProductHits all = index.search(ProductQuery.all());
        assertEquals(1, all.total());
        assertEquals(1, all.items().size());
        assertEquals(1, all.facets().brand().get(0).count());
        assertEquals(1, all.facets().category().size());
        assertEquals(1, index.size());
        assertEquals(0, index.search(ProductQuery.keywords("平板")).total());
        assertEquals(0, index.search(ProductQuery.all().withInStock(false)).total());
        assertEquals(List.of("华为", "华为智能手机"), index.suggest("华为", 10));
    }

    @Test
    void tombstones_survive_a_restart() throws IOException {
        index.upsert(product("p", "蓝牙耳机").version(1).build());
        index.remove("p", 2);
        index.close();
        index = ProductIndex.open(folder);
        assertFalse(index.upsert(product("p", "蓝牙耳机").version(2).build()));
        assertEquals(0, index.size());
    }

    // --- stock and sales ---

    @Test
    void stock_and_sales_that_arrive_before_the_product_apply_when_it_arrives() throws IOException {
        index.updateStock("n1", 0);
        index.setSales("n", 77);
        assertEquals(0, index.size(), "remembered, not searchable");
        assertEquals(0, find("").total());

        index.upsert(product("n", "蓝牙耳机").sku("n1", 9_900, null).build());
        ProductHit hit = get("n");
        assertFalse(hit.inStock());
        assertEquals(77, hit.sales());
    }

    @Test
    void early_stock_and_sales_survive_a_restart_before_the_product_arrives() throws IOException {
        index.updateStock("n1", 0);
        index.setSales("n", 77);
        index.close();
        index = ProductIndex.open(folder);
        index.upsert(product("n", "蓝牙耳机").sku("n1", 9_900, null).build());
        ProductHit hit = get("n");
        assertFalse(hit.inStock());
        assertEquals(77, hit.sales());
    }

    @Test
    void stock_and_sales_survive_a_later_upsert_of_the_product() throws IOException {
        index.upsert(product("n", "蓝牙耳机").sku("n1", 9_900, null).version(1).build());
        index.updateStock("n1", 0);
        index.setSales("n", 12);
        index.upsert(product("n", "降噪蓝牙耳机").sku("n1", 8_900, null).sku("n2", 12_900, null).version(2).build());
        ProductHit hit = get("n");
        assertEquals("降噪蓝牙耳机", hit.name());
        assertTrue(hit.inStock(), "the new SKU n2 has no stock information: sellable");
        assertEquals(12, hit.sales());

        index.updateStock("n2", 0);
        assertFalse(get("n").inStock(), "n1 still counts as sold out");
    }

    @Test
    void stock_and_sales_survive_a_removal_and_republication() throws IOException {
        index.upsert(product("n", "蓝牙耳机").sku("n1", 9_900, null).version(1).build());
        index.remove("n", 2);
        index.updateStock("n1", 0);
        index.setSales("n", 5);
        index.upsert(product("n", "蓝牙耳机").sku("n1", 9_900, null).version(3).build());
        ProductHit hit = get("n");
        assertFalse(hit.inStock());
        assertEquals(5, hit.sales());
    }

    @Test
    void stock_and_sales_survive_a_restart() throws IOException {
        index.upsert(product("n", "蓝牙耳机").sku("n1", 9_900, null).sku("n2", 9_900, null).build());
        index.updateStock("n1", 0);
        index.updateStock("n2", 0);
        index.setSales("n", 3);
        index.close();
        index = ProductIndex.open(folder);
        ProductHit hit = get("n");
        assertFalse(hit.inStock());
        assertEquals(3, hit.sales());
        index.updateStock("n2", 1); // the SKU index was rebuilt from the stored stock
        assertTrue(get("n").inStock());
    }

    @Test
    void a_product_without_skus_is_out_of_stock() throws IOException {
        index.upsert(product("n", "预告商品").build());
        assertFalse(get("n").inStock());
        assertEquals(0, get("n").price());
    }

    // --- marks and durability ---

    @Test
    void marks_are_zero_until_set_and_persist_across_close_and_reopen() throws IOException {
        assertEquals(0, index.appliedMark("catalogSeq"));
        index.upsert(huaweiPhone());
        index.mark("catalogSeq", 42);
        index.mark("inventorySeq", 7);
        assertEquals(42, index.appliedMark("catalogSeq"));
        index.commit();
        index.mark("catalogSeq", 43);
        index.close(); // commits

        index = ProductIndex.open(folder);
        assertEquals(43, index.appliedMark("catalogSeq"));
        assertEquals(7, index.appliedMark("inventorySeq"));
        assertEquals(1, index.size());
        assertEquals(1, index.search(ProductQuery.keywords("手机")).total());
    }

    @Test
    void after_a_crash_committed_writes_and_marks_are_kept_and_later_ones_lost_together() throws IOException {
        index.upsert(huaweiPhone());
        index.setSales("p1", 10);
        index.mark("catalogSeq", 1);
        index.commit();
        index.upsert(iphone());
        index.setSales("p1", 20);
        index.mark("catalogSeq", 2);
        index.refresh(); // flushed to files, but not committed

        // A copy of the folder taken now is what a crash (kill -9, power loss) would leave behind.
        Path crashed = Files.createTempDirectory(folder.getParent(), "crashed");
        copyFolder(folder, crashed);
        try (ProductIndex recovered = ProductIndex.open(crashed)) {
            assertEquals(1, recovered.appliedMark("catalogSeq"));
            assertEquals(1, recovered.size());
            ProductHits all = recovered.search(ProductQuery.all());
            assertEquals(List.of("p1"), all.items().stream().map(ProductHit::id).toList());
            assertEquals(10, all.items().get(0).sales());
        }
    }

    static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void a_second_index_on_the_same_folder_is_refused() {
        assertThrows(IOException.class, () -> ProductIndex.open(folder));
    }

    @Test
    void a_closed_index_refuses_reads_and_writes() throws IOException {
        index.close();
        assertThrows(IllegalStateException.class, () -> index.upsert(huaweiPhone()));
        assertThrows(IllegalStateException.class, () -> index.search(ProductQuery.all()));
        index.close(); // twice is fine
    }

    // --- visibility and concurrency ---

    @Test
    void a_write_becomes_searchable_within_a_fraction_of_a_second_without_refresh() throws Exception {
        index.search(ProductQuery.all()); // warm up
        long start = System.nanoTime();
        index.upsert(huaweiPhone());
        long visibleAfterMs = -1;
        while ((System.nanoTime() - start) < 2_000_000_000L) {
            if (index.search(ProductQuery.keywords("手机")).total() == 1) {
                visibleAfterMs = (System.nanoTime() - start) / 1_000_000;
                break;
            }
            Thread.sleep(5);
        }
        assertTrue(visibleAfterMs >= 0, "not visible after 2 s");
        assertTrue(visibleAfterMs < 1_000, "visible after " + visibleAfterMs + " ms");
    }

    @Test
    void concurrent_writers_and_searchers_leave_a_consistent_index() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                work.add(pool.submit(() -> {
                    for (int i = writer; i < 400; i += 2) {
                        index.upsert(generated(i, 1));
                        index.setSales("g" + i, i);
                        index.updateStock("g" + i + "a", 0);
                        if (i % 10 == 0) {
                            index.remove("g" + i, 2);
                        }
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 2; r++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        ProductHits hits = index.search(ProductQuery.keywords("华为").withSort(ProductQuery.Sort.SALES));
                        assertTrue(hits.total() >= 0);
                        index.suggest("华为", 5);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        index.refresh();
        assertEquals(360, index.size());
        assertEquals(360, index.search(ProductQuery.all()).total());
        ProductHits sold = index.search(ProductQuery.all().withSort(ProductQuery.Sort.SALES).withPage(0, 1));
        assertEquals("g399", sold.items().get(0).id());
        assertEquals(399, sold.items().get(0).sales());
        assertEquals(360, index.search(ProductQuery.all().withInStock(true)).total(),
                "only SKU a is sold out; SKU b has no stock information");
    }
}
