package shop.search.product.control;

import static shop.search.product.control.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import shop.search.product.entity.FacetCount;
import shop.search.product.entity.Facets;
import shop.search.product.entity.PriceBand;

/**
 * Counts the matching products and their facets straight from doc values: per segment by ordinal (an array
 * increment per hit), merged by value once per segment. Needs no per-searcher state.
 */
final class FacetCounter extends SimpleCollector {

    /** Lower bounds of the price bands in fen; the last band is open. */
    static final long[] BANDS = {0, 5_000, 10_000, 50_000, 100_000, 500_000};

    private final Map<String, Long> categories = new HashMap<>();
    private final Map<String, Long> brands = new HashMap<>();
    private final long[] bands = new long[BANDS.length];
    private long total;

    private SortedDocValues category;
    private SortedDocValues brand;
    private NumericDocValues price;
    private int[] categoryCounts;
    private int[] brandCounts;

    static CollectorManager<FacetCounter, FacetCounter> manager() {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter();
            }

            @Override
            public FacetCounter reduce(Collection<FacetCounter> collectors) throws IOException {
                FacetCounter merged = new FacetCounter();
                for (FacetCounter c : collectors) {
                    c.flush();
                    merged.total += c.total;
                    c.categories.forEach((k, v) -> merged.categories.merge(k, v, Long::sum));
                    c.brands.forEach((k, v) -> merged.brands.merge(k, v, Long::sum));
                    for (int i = 0; i < BANDS.length; i++) {
                        merged.bands[i] += c.bands[i];
                    }
                }
                return merged;
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        category = DocValues.getSorted(context.reader(), FACET_CATEGORY);
        brand = DocValues.getSorted(context.reader(), FACET_BRAND);
        price = DocValues.getNumeric(context.reader(), MIN_PRICE);
        categoryCounts = new int[category.getValueCount()];
        brandCounts = new int[brand.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        if (category.advanceExact(doc)) {
            categoryCounts[category.ordValue()]++;
        }
        if (brand.advanceExact(doc)) {
            brandCounts[brand.ordValue()]++;
        }
        if (price.advanceExact(doc)) {
            bands[band(price.longValue())]++;
        }
    }

    static int band(long price) {
        for (int i = BANDS.length - 1; i > 0; i--) {
            if (price >= BANDS[i]) {
                return i;
            }
        }
        return 0;
    }

    /** Moves the current segment's ordinal counts into the by-value maps. */
    private void flush() throws IOException {
        flush(category, categoryCounts, categories);
        flush(brand, brandCounts, brands);
        categoryCounts = null;
        brandCounts = null;
    }

    private static void flush(SortedDocValues values, int[] counts, Map<String, Long> into) throws IOException {
        if (counts == null) {
            return;
        }
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] > 0) {
                into.merge(values.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
            }
        }
    }

    long total() {
        return total;
    }

    Facets facets() {
        List<PriceBand> priceBands = new ArrayList<>();
        for (int i = 0; i < BANDS.length; i++) {
            if (bands[i] > 0) {
                priceBands.add(new PriceBand(BANDS[i], i + 1 < BANDS.length ? BANDS[i + 1] : null, bands[i]));
            }
        }
        return new Facets(counts(categories), counts(brands), priceBands);
    }

    /**
     * Values are "id\u001fname". Documents indexed before a rename carry the old name: the name most of the
     * counted products carry wins, and the counts add up under the id.
     */
    private static List<FacetCount> counts(Map<String, Long> values) {
        Map<String, Long> byId = new HashMap<>();
        Map<String, Map.Entry<String, Long>> bestName = new HashMap<>();
        values.forEach((value, count) -> {
            int cut = value.indexOf(FACET_SEPARATOR);
            String id = cut < 0 ? value : value.substring(0, cut);
            String name = cut < 0 ? "" : value.substring(cut + 1);
            byId.merge(id, count, Long::sum);
            bestName.merge(id, Map.entry(name, count), (a, b) ->
                    b.getValue() > a.getValue() || (b.getValue().equals(a.getValue()) && b.getKey().compareTo(a.getKey()) < 0)
                            ? b : a);
        });
        List<FacetCount> out = new ArrayList<>(byId.size());
        byId.forEach((id, count) -> out.add(new FacetCount(id, bestName.get(id).getKey(), count)));
        out.sort(Comparator.comparingLong(FacetCount::count).reversed()
                .thenComparing(FacetCount::name)
                .thenComparing(FacetCount::id));
        return out;
    }
}
