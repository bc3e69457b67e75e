package it.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * A search index damaged while the shop was down (here: every Lucene commit point overwritten)
 * is noticed at start and rebuilt from the catalog's change feed; searches then find the
 * catalog as before.
 */
class SearchIndexRecoveryIT {

    @Test
    void a_corrupt_index_is_rebuilt_from_the_catalog_at_start() throws IOException {
        long before = SearchIT.search("size=1").getJsonNumber("total").longValue();
        assertTrue(RunningShop.launcher("down").contains("Stopped"));

        Path folder = RunningShop.DATA.resolve("search-index");
        List<Path> commits;
        try (Stream<Path> files = Files.walk(folder)) {
            commits = files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList();
        }
        assertFalse(commits.isEmpty(), "an index was there: " + folder);
        for (Path commit : commits) {
            Files.write(commit, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }

        assertTrue(RunningShop.launcher("up").contains("The shop is running"));
        JsonObject index = RunningShop.json(new Operator().send("GET", "/search/index", null));
        assertFalse(index.getBoolean("needsRebuild"), "ready means rebuilt: " + index);
        assertTrue(index.containsKey("lastRebuild"), "rebuilt at start: " + index);
        assertEquals(before, SearchIT.search("size=1").getJsonNumber("total").longValue(), "the whole catalog again");
        assertTrue(SearchIT.search(SearchIT.q("手机")).getJsonNumber("total").longValue() > 0);
    }
}
