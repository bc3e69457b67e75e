package shop.search.product.control;

import static shop.search.product.control.IndexFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;

import shop.search.product.entity.IndexedProduct;

/**
 * One index folder: its writer, its searchers, its ledger and its progress marks. Write methods must be called by
 * one thread at a time (the owning {@link ProductIndex}'s write lock, or the rebuild thread before the folder goes
 * live); searches lease searchers concurrently.
 */
final class Shard implements Closeable {

    static final double LIVE_RAM_MB = 32;
    static final double BULK_RAM_MB = 128;
    /** Searches see writes this soon without anyone asking (the "searchable within 1 s" requirement). */
    static final double MAX_STALE_SEC = 0.1;

    private static final String DATA_SCHEMA = "schema";
    private static final String DATA_COMPLETE = "complete";
    private static final String DATA_MARK = "mark.";

    final Path path;
    private final FSDirectory dir;
    final IndexWriter writer;
    final Ledger ledger;
    final Map<String, Long> marks = new ConcurrentHashMap<>();
    /** Built by a rebuild with the current schema; otherwise the caller should rebuild. */
    volatile boolean complete;
    /** Set while a rebuild loads this folder: writer calls run on these threads, new documents without a delete. */
    private IndexingLanes lanes;

    private SearcherManager searchers;
    private ControlledRealTimeReopenThread<IndexSearcher> reopener;
    /** Readers are taken by searches; the writer by close, which so waits for searches in flight. */
    private final ReentrantReadWriteLock use = new ReentrantReadWriteLock();
    private boolean closed;

    private Shard(Path path, FSDirectory dir, IndexWriter writer, Ledger ledger) {
        this.path = path;
        this.dir = dir;
        this.writer = writer;
        this.ledger = ledger;
    }

    /** A new, empty folder. */
    static Shard create(Path path, double ramBufferMb) throws IOException {
        FSDirectory dir = FSDirectory.open(path);
        try {
            IndexWriter writer = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE, ramBufferMb));
            return new Shard(path, dir, writer, new Ledger());
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(dir);
            throw e;
        }
    }

    /**
     * Opens an existing folder, verifying the checksum of every file of its last commit.
     *
     * @throws org.apache.lucene.index.IndexNotFoundException when the folder holds no index
     * @throws org.apache.lucene.index.CorruptIndexException   (or another I/O or runtime exception) when it is damaged
     */
    static Shard open(Path path) throws IOException {
        FSDirectory dir = FSDirectory.open(path);
        IndexWriter writer = null;
        SearcherManager searchers = null;
        try {
            writer = new IndexWriter(dir, config(IndexWriterConfig.OpenMode.APPEND, LIVE_RAM_MB));
            Map<String, String> data = new HashMap<>();
            Iterable<Map.Entry<String, String>> committed = writer.getLiveCommitData();
            if (committed != null) {
                committed.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            searchers = new SearcherManager(writer, null);
            Ledger ledger;
            IndexSearcher searcher = searchers.acquire();
            try {
                // Reads every file once: a truncated or overwritten file fails here, not in a later search.
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                }
                ledger = loadLedger(searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
            Shard shard = new Shard(path, dir, writer, ledger);
            shard.searchers = searchers;
            data.forEach((k, v) -> {
                if (k.startsWith(DATA_MARK)) {
                    shard.marks.put(k.substring(DATA_MARK.length()), Long.parseLong(v));
                }
            });
            shard.complete = "true".equals(data.get(DATA_COMPLETE)) && SCHEMA.equals(data.get(DATA_SCHEMA));
            return shard;
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(searchers, writer, dir);
            throw e;
        }
    }

    private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode, double ramBufferMb) {
        IndexWriterConfig config = new IndexWriterConfig(Analysis.PER_FIELD);
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(ramBufferMb);
        // close() commits explicitly, together with the marks; an abandoned folder must not commit at all.
        config.setCommitOnClose(false);
        return config;
    }

    private static Ledger loadLedger(IndexReader reader) throws IOException {
        Ledger ledger = new Ledger();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Bits liveDocs = r.getLiveDocs();
            SortedDocValues ids = DocValues.getSorted(r, ID);
            NumericDocValues kinds = DocValues.getNumeric(r, KIND_DV);
            NumericDocValues versions = DocValues.getNumeric(r, VERSION);
            NumericDocValues sales = DocValues.getNumeric(r, SALES);
            NumericDocValues inStock = DocValues.getNumeric(r, IN_STOCK);
            NumericDocValues available = DocValues.getNumeric(r, AVAILABLE);
            BinaryDocValues skus = DocValues.getBinary(r, SKUS);
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                if ((liveDocs != null && !liveDocs.get(doc)) || !ids.advanceExact(doc) || !kinds.advanceExact(doc)) {
                    continue;
                }
                String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                byte kind = (byte) kinds.longValue();
                if (kind == Ledger.SKU_STOCK) {
                    if (available.advanceExact(doc)) {
                        ledger.skuStock.put(id, available.longValue());
                    }
                    continue;
                }
                Ledger.Entry entry = new Ledger.Entry(kind,
                        versions.advanceExact(doc) ? versions.longValue() : Long.MIN_VALUE,
                        skus.advanceExact(doc) ? ProductDocuments.decodeSkus(skus.binaryValue()) : Ledger.Entry.NO_SKUS,
                        inStock.advanceExact(doc) && inStock.longValue() == 1,
                        sales.advanceExact(doc) ? sales.longValue() : 0);
                ledger.put(id, entry);
                if (kind == Ledger.LIVE) {
                    for (String sku : entry.skus()) {
                        ledger.skuOwner.put(sku, id);
                    }
                }
            }
        }
        return ledger;
    }

    /** Opens searchers on what the writer holds so far (after a bulk load). */
    void openSearchers() throws IOException {
        if (searchers == null) {
            searchers = new SearcherManager(writer, null);
        }
    }

    /** Starts the background reopening that makes writes visible within {@link #MAX_STALE_SEC}. */
    void startReopener() {
        reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SEC, 0.01);
        reopener.setName("product-index-reopen-" + path.getFileName());
        reopener.setDaemon(true);
        reopener.start();
    }

    /** Makes every completed write visible to the searchers leased from now on. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** A searcher to {@link #release}, or null when this folder has been closed (it was switched away). */
    IndexSearcher acquire() throws IOException {
        use.readLock().lock();
        if (closed) {
            use.readLock().unlock();
            return null;
        }
        try {
            return searchers.acquire();
        } catch (IOException | RuntimeException e) {
            use.readLock().unlock();
            throw e;
        }
    }

    void release(IndexSearcher searcher) throws IOException {
        try {
            searchers.release(searcher);
        } finally {
            use.readLock().unlock();
        }
    }

    // --- writes (one thread at a time) ---

    /**
     * Indexes {@code p} unless a version at least as new is known. Sales come from this ledger, else from
     * {@code carry} (the previous folder's, during a rebuild).
     */
    boolean upsert(IndexedProduct p, Ledger carry) throws IOException {
        Ledger.Entry old = ledger.get(p.id());
        if (old != null && old.blocks(p.version())) {
            return false;
        }
        Ledger.Entry before = old != null || carry == ledger ? old : carry.get(p.id());
        String[] skus = p.skus().stream().map(s -> s.skuId()).toArray(String[]::new);
        Ledger.Entry entry = new Ledger.Entry(Ledger.LIVE, p.version(), skus, ledger.inStock(skus),
                before == null ? 0 : before.sales());
        write(ProductDocuments.productKey(p.id()), () -> ProductDocuments.product(p, entry), old != null);
        if (old != null) {
            release(p.id(), old);
        }
        for (String sku : skus) {
            ledger.skuOwner.put(sku, p.id());
        }
        ledger.put(p.id(), entry);
        return true;
    }

    /** Replaces the product by a tombstone at {@code version} unless a version at least as new is known. */
    boolean remove(String productId, long version) throws IOException {
        Ledger.Entry old = ledger.get(productId);
        if (old != null && old.blocks(version)) {
            return false;
        }
        putMarker(productId, old == null
                ? new Ledger.Entry(Ledger.TOMBSTONE, version, Ledger.Entry.NO_SKUS, false, 0)
                : new Ledger.Entry(Ledger.TOMBSTONE, version, old.skus(), false, old.sales()));
        return true;
    }

    /** Writes a tombstone or sales stub as is (removals, early sales, rebuild carry-over). */
    void putMarker(String productId, Ledger.Entry entry) throws IOException {
        Ledger.Entry old = ledger.get(productId);
        write(ProductDocuments.productKey(productId), () -> ProductDocuments.marker(productId, entry), old != null);
        if (old != null) {
            release(productId, old);
        }
        ledger.put(productId, entry);
    }

    /** Forgets that the product owns the SKUs it listed (a new version or a tombstone replaces it). */
    private void release(String productId, Ledger.Entry old) {
        for (String sku : old.skus()) {
            ledger.skuOwner.remove(sku, productId);
        }
    }

    void updateStock(String skuId, long available) throws IOException {
        Long previous = ledger.skuStock.put(skuId, available);
        if (previous != null && previous == available) {
            return;
        }
        write(ProductDocuments.skuKey(skuId), () -> ProductDocuments.skuStock(skuId, available), previous != null);
        String owner = ledger.skuOwner.get(skuId);
        Ledger.Entry entry = owner == null ? null : ledger.get(owner);
        if (entry != null && entry.kind() == Ledger.LIVE) {
            boolean inStock = ledger.inStock(entry.skus());
            if (inStock != entry.inStock()) { // only a flip touches the product
                Term key = ProductDocuments.productKey(owner);
                index(key, w -> w.updateNumericDocValue(key, IN_STOCK, inStock ? 1 : 0));
                ledger.put(owner, entry.withInStock(inStock));
            }
        }
    }

    void setSales(String productId, long sold) throws IOException {
        Ledger.Entry entry = ledger.get(productId);
        if (entry == null) {
            putMarker(productId, Ledger.Entry.stub(sold));
        } else if (entry.sales() != sold) {
            Term key = ProductDocuments.productKey(productId);
            index(key, w -> w.updateNumericDocValue(key, SALES, sold));
            ledger.put(productId, entry.withSales(sold));
        }
    }

    /** Documents are built where they are indexed: on a lane during a rebuild. */
    private void write(Term key, Supplier<Document> doc, boolean mayExist) throws IOException {
        if (lanes != null && !mayExist) {
            index(key, w -> w.addDocument(doc.get())); // a fresh folder: no delete-by-key needed
        } else {
            index(key, w -> w.updateDocument(key, doc.get()));
        }
    }

    private void index(Term key, IndexingLanes.IndexOp op) throws IOException {
        if (lanes != null) {
            lanes.submit(key, op);
        } else {
            op.run(writer);
        }
    }

    /** Starts a bulk load: later writes run on {@code threads} threads until {@link #endBulk()}. */
    void startBulk(int threads) {
        lanes = new IndexingLanes(writer, threads, "product-index-build-" + path.getFileName());
    }

    /** Waits for the bulk load's writes; rethrows the first failure. */
    void endBulk() throws IOException {
        IndexingLanes l = lanes;
        lanes = null;
        if (l != null) {
            l.finish();
        }
    }

    /**
     * Makes the writes and the marks durable. Commits only when something changed since the last
     * commit: every commit opens a new reader, which would also drop every cached search answer.
     */
    void commit() throws IOException {
        Map<String, String> data = new HashMap<>();
        data.put(DATA_SCHEMA, SCHEMA);
        if (complete) {
            data.put(DATA_COMPLETE, "true");
        }
        marks.forEach((k, v) -> data.put(DATA_MARK + k, Long.toString(v)));
        if (data.equals(committedData) && !writer.hasUncommittedChanges()) {
            return;
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        committedData = data;
    }

    /** The commit data of the last commit made here; null before the first. */
    private volatile Map<String, String> committedData;

    /** The newest live source of a product as the searchers see it, or null. */
    IndexedProduct loadSource(String productId) throws IOException {
        IndexSearcher searcher = acquire();
        if (searcher == null) {
            return null;
        }
        try {
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(new TermQuery(ProductDocuments.productKey(productId)), Occur.FILTER)
                    .add(new TermQuery(new Term(KIND, KIND_LIVE)), Occur.FILTER)
                    .build();
            TopDocs top = searcher.search(query, 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
            return ProductDocuments.decode(doc.getBinaryValue(SOURCE));
        } finally {
            release(searcher);
        }
    }

    /** Closes after waiting for searches in flight, committing first if asked; uncommitted writes are dropped. */
    void close(boolean commitFirst) throws IOException {
        use.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            use.writeLock().unlock();
        }
        if (lanes != null) {
            lanes.abort();
            lanes = null;
        }
        if (reopener != null) {
            reopener.close();
        }
        try {
            if (commitFirst) {
                commit();
            }
        } finally {
            IOUtils.close(searchers, writer, dir); // writer.close() without commit-on-close rolls back
        }
    }

    @Override
    public void close() throws IOException {
        close(false);
    }

    /** Closes without committing and deletes the folder. */
    void discard() {
        IOUtils.closeWhileHandlingException(this);
        try {
            IOUtils.rm(path);
        } catch (IOException e) {
            // left for the next open, which removes the folders the pointer does not name
            java.util.logging.Logger.getLogger(Shard.class.getName()).fine(() -> "Could not delete " + path + ": " + e);
        }
    }
}
