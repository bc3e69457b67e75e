package shop.search.product.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shop.search.product.entity.ProductHits;
import shop.search.product.entity.ProductQuery;

/**
 * Order-of-magnitude numbers, printed only (no timing assertions: build machines vary): a rebuild of 20,000
 * generated products and 200 keyword + filter + facet queries. The targets are 100,000 products rebuilt in under
 * 60 s on 2 cores and query p99 under 50 ms; set -Dsearch.perf.products=100000 for the full size.
 */
class ProductIndexPerformanceTest {

    @TempDir
    Path folder;

    @Test
    void prints_rebuild_and_query_times() throws IOException {
        int products = Integer.getInteger("search.perf.products", 20_000);
        try (ProductIndex index = ProductIndex.open(folder)) {
            long start = System.nanoTime();
            index.rebuild(IntStream.range(0, products).mapToObj(i -> TestProducts.generated(i, 1)).iterator(),
                    Map.of("catalogSeq", 1L));
            long rebuildMs = (System.nanoTime() - start) / 1_000_000;
            for (int i = 0; i < products; i += 7) {
                index.setSales("g" + i, i);
            }
            index.refresh();

            String[] keywords = {"华为 手机", "笔记本电脑", "蓝牙耳机", "小米", "运动鞋", "纯棉", "旗舰 手机", "空调",
                    "Generated", "家用 电饭煲"};
            ProductQuery.Sort[] sorts = ProductQuery.Sort.values();
            for (int i = 0; i < 50; i++) { // warm-up
                query(index, keywords, sorts, i);
            }
            int runs = 200;
            long[] times = new long[runs];
            long totalHits = 0;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                totalHits += query(index, keywords, sorts, i).total();
                times[i] = System.nanoTime() - t;
            }
            java.util.Arrays.sort(times);
            double avgMs = java.util.Arrays.stream(times).average().orElse(0) / 1e6;
            long suggestStart = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                index.suggest(i % 2 == 0 ? "华为" : "gen", 10);
            }
            double suggestMs = (System.nanoTime() - suggestStart) / 1e6 / runs;
            System.out.printf(Locale.ROOT,
                    "[search perf] %d products rebuilt in %d ms (%.0f products/s); %d keyword+filter+facet queries:"
                            + " avg %.2f ms, p50 %.2f ms, p99 %.2f ms, max %.2f ms (avg %d hits); suggest avg %.2f ms%n",
                    products, rebuildMs, products * 1000.0 / Math.max(rebuildMs, 1), runs, avgMs,
                    times[runs / 2] / 1e6, times[runs * 99 / 100] / 1e6, times[runs - 1] / 1e6,
                    totalHits / runs, suggestMs);
            assertEquals(products, index.size());
        }
    }

    private static ProductHits query(ProductIndex index, String[] keywords, ProductQuery.Sort[] sorts, int i) {
        ProductQuery q = ProductQuery.keywords(keywords[i % keywords.length]).withSort(sorts[i % sorts.length]);
        if (i % 3 == 0) {
            q = q.withCategory("g" + (i % 4));
        }
        if (i % 4 == 0) {
            q = q.withPrice(10_000L, 500_000L);
        }
        if (i % 5 == 0) {
            q = q.withInStock(true);
        }
        return index.search(q.withPage(i % 3, 20));
    }
}
