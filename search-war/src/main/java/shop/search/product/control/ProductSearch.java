package shop.search.product.control;

import static shop.search.product.control.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

import shop.search.product.entity.IndexedProduct;
import shop.search.product.entity.ProductHit;
import shop.search.product.entity.ProductHits;
import shop.search.product.entity.ProductQuery;

/** Runs a {@link ProductQuery} against one searcher: one pass collects the page, the total and the facets. */
final class ProductSearch {

    /** Deepest result position a page may start at; deeper pages come back empty (with total and facets). */
    static final int MAX_WINDOW = 10_000;
    static final int MAX_SIZE = 100;

    private static final SortField NEWEST = new SortField(PUBLISHED, SortField.Type.LONG, true);
    private static final SortField BY_ID = new SortField(ID, SortField.Type.STRING);

    private final NameHighlighter highlighter = new NameHighlighter();

    ProductHits search(IndexSearcher searcher, ProductQuery q) throws IOException {
        int size = Math.min(Math.max(q.size(), 1), MAX_SIZE);
        int page = Math.max(q.page(), 0);
        Query keywords = KeywordQuery.parse(q.keywords());
        Query query = query(q, keywords);
        long first = (long) page * size;
        if (first > MAX_WINDOW) {
            FacetCounter counter = searcher.search(query, FacetCounter.manager());
            return new ProductHits(List.of(), page, size, counter.total(), counter.facets());
        }
        int window = (int) first + size;
        Object[] results = searcher.search(query, new MultiCollectorManager(
                new TopFieldCollectorManager(sort(q.sort(), keywords != null), window, null, window),
                FacetCounter.manager()));
        TopFieldDocs top = (TopFieldDocs) results[0];
        FacetCounter counter = (FacetCounter) results[1];
        List<ProductHit> items = new ArrayList<>(size);
        for (int i = (int) first; i < top.scoreDocs.length; i++) {
            items.add(hit(searcher, top.scoreDocs[i], keywords));
        }
        return new ProductHits(items, page, size, counter.total(), counter.facets());
    }

    static Query query(ProductQuery q, Query keywords) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (keywords != null) {
            b.add(keywords, Occur.MUST);
        }
        b.add(new TermQuery(new Term(KIND, KIND_LIVE)), Occur.FILTER); // never tombstones or stubs
        if (q.categoryId() != null) {
            b.add(new TermQuery(new Term(CATEGORY_IDS, q.categoryId())), Occur.FILTER);
        }
        if (q.brandId() != null) {
            b.add(new TermQuery(new Term(BRAND_ID, q.brandId())), Occur.FILTER);
        }
        if (q.minPrice() != null || q.maxPrice() != null) {
            long min = q.minPrice() == null ? Long.MIN_VALUE : q.minPrice();
            long max = q.maxPrice() == null ? Long.MAX_VALUE : q.maxPrice();
            // Multi-valued point: a product matches when any SKU price is in range.
            b.add(LongPoint.newRangeQuery(PRICES, min, max), Occur.FILTER);
        }
        if (q.inStock() != null) {
            b.add(NumericDocValuesField.newSlowExactQuery(IN_STOCK, q.inStock() ? 1 : 0), Occur.FILTER);
        }
        return b.build();
    }

    static Sort sort(ProductQuery.Sort sort, boolean keywords) {
        return switch (sort) {
            case RELEVANCE -> keywords ? new Sort(SortField.FIELD_SCORE, NEWEST, BY_ID) : new Sort(NEWEST, BY_ID);
            case NEWEST -> new Sort(NEWEST, BY_ID);
            case SALES -> new Sort(new SortField(SALES, SortField.Type.LONG, true), NEWEST, BY_ID);
            case PRICE_ASC -> {
                SortField price = new SortField(MIN_PRICE, SortField.Type.LONG);
                price.setMissingValue(Long.MAX_VALUE); // products without SKUs last
                yield new Sort(price, BY_ID);
            }
            case PRICE_DESC -> {
                SortField price = new SortField(MIN_PRICE, SortField.Type.LONG, true);
                price.setMissingValue(Long.MIN_VALUE);
                yield new Sort(price, BY_ID);
            }
        };
    }

    private ProductHit hit(IndexSearcher searcher, ScoreDoc scoreDoc, Query keywords) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
        int doc = scoreDoc.doc - leaf.docBase;
        IndexedProduct p = ProductDocuments.decode(
                searcher.storedFields().document(scoreDoc.doc, Set.of(SOURCE)).getBinaryValue(SOURCE));
        return new ProductHit(p.id(), p.name(), highlighter.highlight(keywords, p.name()),
                numeric(leaf, MIN_PRICE, doc), p.currency(), p.mainImage(), p.categoryId(), p.brandId(),
                numeric(leaf, IN_STOCK, doc) == 1, numeric(leaf, SALES, doc));
    }

    private static long numeric(LeafReaderContext leaf, String field, int doc) throws IOException {
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
        return values.advanceExact(doc) ? values.longValue() : 0;
    }
}
