package shop.search.product.control;

import static org.junit.jupiter.api.Assertions.*;
import static shop.search.product.control.TestProducts.*;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shop.search.product.entity.IndexedProduct;
import shop.search.product.entity.ProductHit;
import shop.search.product.entity.ProductHits;
import shop.search.product.entity.ProductQuery;

/** Rebuilding without an empty moment, and opening a missing or damaged index. */
class ProductIndexRebuildTest {

    @TempDir
    Path folder;
    ProductIndex index;

    @BeforeEach
    void open() throws IOException {
        index = ProductIndex.open(folder);
    }

    @AfterEach
    void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    ProductHit get(String id) throws IOException {
        index.refresh();
        return index.search(ProductQuery.all().withPage(0, 100)).items().stream()
                .filter(h -> h.id().equals(id)).findFirst().orElse(null);
    }

    static Iterator<IndexedProduct> generatedCatalog(int count, long version) {
        return IntStream.range(0, count).mapToObj(i -> generated(i, version)).iterator();
    }

    List<String> indexFolders() throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("index-")).sorted().toList();
        }
    }

    String pointer() throws IOException {
        return Files.readString(folder.resolve("current"), StandardCharsets.UTF_8).trim();
    }

    // --- rebuild ---

    @Test
    void a_new_index_needs_a_rebuild_and_a_rebuild_satisfies_it_durably() throws IOException {
        assertTrue(index.isEmpty());
        assertTrue(index.needsRebuild());
        index.rebuild(catalog().iterator(), Map.of("catalogSeq", 10L));
        assertFalse(index.needsRebuild());
        assertFalse(index.isEmpty());
        assertEquals(5, index.size());
        assertEquals(10, index.appliedMark("catalogSeq"));
        assertEquals(5, index.search(ProductQuery.all()).total(), "visible at once, without refresh");

        index.close();
        index = ProductIndex.open(folder);
        assertFalse(index.needsRebuild());
        assertEquals(10, index.appliedMark("catalogSeq"));
        assertEquals(5, index.size());
    }

    @Test
    void an_empty_catalog_rebuild_gives_an_empty_index_that_needs_no_rebuild() throws IOException {
        index.rebuild(List.<IndexedProduct>of().iterator(), Map.of());
        assertTrue(index.isEmpty());
        assertFalse(index.needsRebuild());
    }

    @Test
    void a_rebuild_replaces_the_content_and_switches_folders() throws IOException {
        index.rebuild(catalog().iterator(), Map.of());
        String before = pointer();
        IndexedProduct renamed = product("p1", "华为Mate手机").in(DIGITAL, PHONES, SMARTPHONES).version(2).build();
        IndexedProduct added = product("p8", "小米空气净化器").version(1).build();
        index.rebuild(List.of(renamed, added).iterator(), Map.of());

        assertEquals(2, index.size());
        assertEquals(Set.of("p1", "p8"), Set.copyOf(index.search(ProductQuery.all()).items().stream()
                .map(ProductHit::id).toList()));
        assertEquals("华为Mate手机", get("p1").name());
        assertNotEquals(before, pointer());
        assertEquals(List.of(pointer()), indexFolders(), "the old folder is deleted");
    }

    @Test
    void a_rebuild_carries_over_stock_and_sales() throws IOException {
        index.rebuild(catalog().iterator(), Map.of());
        index.updateStock("s4a", 0);
        index.updateStock("s4b", 0);
        index.setSales("p3", 99);
        index.updateStock("future-sku", 0); // for a product the catalog does not have yet
        index.setSales("future", 4);

        index.rebuild(catalog().iterator(), Map.of());
        assertFalse(get("p4").inStock());
        assertEquals(99, get("p3").sales());

        index.upsert(product("future", "新品").sku("future-sku", 100, null).build());
        assertFalse(get("future").inStock());
        assertEquals(4, get("future").sales());
    }

    @Test
    void a_rebuild_keeps_tombstones_and_product_states_newer_than_the_catalog_read() throws IOException {
        index.rebuild(catalog().iterator(), Map.of());
        index.remove("p2", 5);                                          // newer than the catalog's p2 (version 1)
        index.upsert(product("p3", "小米笔记本电脑 Pro").version(4).build()); // newer than the catalog's p3

        index.rebuild(catalog().iterator(), Map.of());
        assertNull(get("p2"));
        assertFalse(index.upsert(product("p2", "苹果手机").version(4).build()), "the tombstone (5) survived");
        assertEquals("小米笔记本电脑 Pro", get("p3").name());
        assertEquals(4, index.size());
    }

    @Test
    void searches_during_a_rebuild_never_see_an_empty_index_and_see_the_new_data_after_the_switch()
            throws Exception {
        index.rebuild(generatedCatalog(200, 1), Map.of());
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong queries = new AtomicLong();
        ConcurrentLinkedQueue<Long> totals = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread searcher = new Thread(() -> {
            try {
                while (!stop.get()) {
                    ProductHits hits = index.search(ProductQuery.keywords("华为").withCategory("g0"));
                    totals.add(index.search(ProductQuery.all().withPage(0, 1)).total());
                    assertTrue(hits.total() > 0);
                    queries.incrementAndGet();
                    started.countDown();
                }
            } catch (Throwable t) {
                failures.add(t);
                started.countDown();
            }
        });
        searcher.start();
        started.await();
        // A slow catalog read: every 30 products it waits until two more searches have run, so
        // searches run while the new folder fills however busy the machine is.
        Iterator<IndexedProduct> slow = IntStream.range(0, 300).mapToObj(i -> {
            if (i % 30 == 0) {
                long target = queries.get() + 2;
                for (int waited = 0; queries.get() < target && failures.isEmpty() && waited < 5_000; waited += 5) {
                    sleep(5);
                }
            }
            return generated(i, 2);
        }).iterator();
        long before = queries.get();
        index.rebuild(slow, Map.of());
        long during = queries.get() - before;
        long afterSwitch = queries.get();
        while (queries.get() < afterSwitch + 20 && failures.isEmpty()) {
            Thread.sleep(1);
        }
        stop.set(true);
        searcher.join();

        assertTrue(failures.isEmpty(), () -> failures.peek().toString());
        assertTrue(during >= 20, "searches ran during the rebuild: " + during);
        assertFalse(totals.contains(0L), "a search saw an empty index");
        assertTrue(totals.stream().allMatch(t -> t == 200 || t == 300), totals::toString);
        List<Long> seen = new ArrayList<>(totals);
        assertEquals(300, seen.get(seen.size() - 1));
        assertEquals(300, index.search(ProductQuery.all()).total());
    }

    @Test
    void writes_made_during_a_rebuild_are_not_lost() throws IOException {
        index.rebuild(catalog().iterator(), Map.of("catalogSeq", 1L));
        Iterator<IndexedProduct> catalog = catalog().iterator();
        // Writes arrive while the rebuild reads the catalog (here: from inside the catalog read).
        Iterator<IndexedProduct> withWrites = new Iterator<>() {
            int served;

            @Override
            public boolean hasNext() {
                return catalog.hasNext();
            }

            @Override
            public IndexedProduct next() {
                if (++served == 3) {
                    try {
                        index.upsert(product("p9", "华为手表").version(1).build()); // not in the catalog read
                        index.upsert(product("p1", "华为智能手机 新版").version(2).build());
                        index.remove("p2", 2);
                        index.updateStock("s5a", 0);
                        index.setSales("p3", 30);
                        index.mark("catalogSeq", 8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return catalog.next();
            }
        };
        index.rebuild(withWrites, Map.of("catalogSeq", 5L));

        assertNotNull(get("p9"));
        assertEquals("华为智能手机 新版", get("p1").name());
        assertNull(get("p2"));
        assertFalse(get("p5").inStock());
        assertEquals(30, get("p3").sales());
        assertEquals(8, index.appliedMark("catalogSeq"), "set after the rebuild's marks, so it wins");
        assertEquals(5, index.size());
    }

    @Test
    void writes_from_another_thread_during_a_rebuild_are_not_lost() throws Exception {
        index.rebuild(generatedCatalog(300, 1), Map.of());
        CountDownLatch reading = new CountDownLatch(1);
        AtomicBoolean rebuilt = new AtomicBoolean();
        AtomicInteger written = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        Thread writer = new Thread(() -> {
            try {
                reading.await();
                // from the start of the catalog read until a little after the switch
                for (int i = 0; !rebuilt.get() || i < 50; i++) {
                    index.upsert(product("w" + i, "写入" + i).build());
                    index.setSales("g" + (i % 300), 1_000_000 + i);
                    written.set(i + 1);
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        });
        writer.start();
        Iterator<IndexedProduct> catalog = generatedCatalog(300, 1);
        index.rebuild(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return catalog.hasNext();
            }

            @Override
            public IndexedProduct next() {
                reading.countDown();
                return catalog.next();
            }
        }, Map.of());
        int atSwitch = written.get();
        rebuilt.set(true);
        writer.join();

        assertTrue(failures.isEmpty(), () -> failures.peek().toString());
        assertTrue(atSwitch > 0, "no write happened during the rebuild");
        index.refresh();
        int count = written.get();
        assertEquals(300 + count, index.size());
        assertEquals(300 + count, index.search(ProductQuery.all()).total());
        int last = count - 1;
        ProductHits best = index.search(ProductQuery.all().withSort(ProductQuery.Sort.SALES).withPage(0, 1));
        assertEquals("g" + (last % 300), best.items().get(0).id());
        assertEquals(1_000_000 + last, best.items().get(0).sales());
    }

    @Test
    void a_failed_rebuild_leaves_the_index_as_it_was() throws IOException {
        index.rebuild(catalog().iterator(), Map.of("catalogSeq", 3L));
        String live = pointer();
        Iterator<IndexedProduct> failing = IntStream.range(0, 10).mapToObj(i -> {
            if (i == 5) {
                throw new IllegalStateException("catalog read failed");
            }
            return generated(i, 1);
        }).iterator();
        assertThrows(IllegalStateException.class, () -> index.rebuild(failing, Map.of("catalogSeq", 9L)));

        assertEquals(5, index.size());
        assertEquals(5, index.search(ProductQuery.all()).total());
        assertEquals(3, index.appliedMark("catalogSeq"));
        assertEquals(live, pointer());
        assertEquals(List.of(live), indexFolders());
        assertTrue(index.upsert(product("p9", "华为手表").build()), "still writable");
    }

    @Test
    void a_crash_during_a_rebuild_leaves_the_old_index_live() throws IOException {
        index.rebuild(catalog().iterator(), Map.of("catalogSeq", 3L));
        String live = pointer();
        index.close();
        index = null;
        // What a crash mid-rebuild leaves: a half-written sibling folder, the pointer unchanged.
        Path unfinished = Files.createDirectories(folder.resolve("index-99"));
        Files.writeString(unfinished.resolve("_0.fdt"), "half written");

        index = ProductIndex.open(folder);
        assertEquals(5, index.size());
        assertFalse(index.needsRebuild());
        assertEquals(live, pointer());
        assertEquals(List.of(live), indexFolders(), "the unfinished folder is removed");
    }

    // --- missing or damaged index ---

    @Test
    void opening_a_missing_folder_gives_an_empty_index_that_needs_a_rebuild() throws IOException {
        Path missing = folder.resolve("does/not/exist");
        try (ProductIndex fresh = ProductIndex.open(missing)) {
            assertTrue(fresh.isEmpty());
            assertTrue(fresh.needsRebuild());
            assertEquals(0, fresh.size());
            assertEquals(0, fresh.search(ProductQuery.keywords("手机")).total());
            assertEquals(List.of(), fresh.suggest("华", 5));
        }
    }

    @Test
    void an_index_written_incrementally_without_a_rebuild_still_needs_one_after_a_restart() throws IOException {
        index.upsert(huaweiPhone());
        index.close();
        index = ProductIndex.open(folder);
        assertFalse(index.isEmpty());
        assertTrue(index.needsRebuild());
    }

    @Test
    void a_truncated_segment_file_is_detected_and_served_empty_until_rebuilt() throws IOException {
        damage(file -> {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(raf.length() / 2);
            }
        }, false);
    }

    @Test
    void garbage_written_into_a_segment_file_is_detected_and_served_empty_until_rebuilt() throws IOException {
        damage(file -> {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.seek(raf.length() / 2);
                raf.write("garbage garbage garbage".getBytes(StandardCharsets.UTF_8));
            }
        }, false);
    }

    @Test
    void a_damaged_commit_point_is_detected_and_served_empty_until_rebuilt() throws IOException {
        damage(file -> {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(raf.length() - 9);
            }
        }, true);
    }

    interface FileDamage {
        void apply(Path file) throws IOException;
    }

    /** Builds an index, damages its largest segment file (or its segments_N), and checks the recovery. */
    private void damage(FileDamage damage, boolean commitPoint) throws IOException {
        index.rebuild(generatedCatalog(500, 1), Map.of("catalogSeq", 5L));
        index.close();
        index = null;
        Path live = folder.resolve(pointer());
        Path victim;
        try (Stream<Path> files = Files.list(live)) {
            victim = files.filter(p -> commitPoint
                            ? p.getFileName().toString().startsWith("segments_")
                            : !p.getFileName().toString().startsWith("segments") && !p.getFileName().toString().endsWith(".lock"))
                    .max(Comparator.comparingLong(ProductIndexRebuildTest::size)).orElseThrow();
        }
        damage.apply(victim);

        index = ProductIndex.open(folder); // must not throw
        assertTrue(index.needsRebuild(), "damaged " + victim.getFileName());
        assertTrue(index.isEmpty());
        assertEquals(0, index.search(ProductQuery.all()).total());
        assertEquals(0, index.appliedMark("catalogSeq"), "the damaged index's marks are not trusted");
        assertTrue(index.upsert(huaweiPhone()), "writable meanwhile");

        index.rebuild(generatedCatalog(500, 1), Map.of("catalogSeq", 5L));
        assertFalse(index.needsRebuild());
        assertEquals(500, index.size(), "the catalog is the truth: products it lacks are dropped");
        index.close();
        index = ProductIndex.open(folder);
        assertFalse(index.needsRebuild());
        assertEquals(500, index.size());
        assertEquals(1, indexFolders().size(), "the damaged folder is gone");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
