package shop.search.product.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

import shop.search.product.entity.IndexedProduct;
import shop.search.product.entity.ProductHits;
import shop.search.product.entity.ProductQuery;

/**
 * The product search index: a Lucene index in a folder, fed by catalog, inventory and sales events, answering
 * keyword searches with filters, facets, sorts and highlighting, and type-ahead suggestions. Plain Java and
 * thread-safe: any number of concurrent searches; writes from several threads are serialized.
 *
 * <h2>Writes</h2>
 * {@link #upsert} and {@link #remove} carry the catalog's product version and are ignored (return false) unless
 * newer than what the index holds, removals included: a removed product leaves a tombstone (never searched), so
 * a late, older event cannot bring it back. {@link #updateStock} and {@link #setSales} may arrive before the
 * product; they are remembered, and carried over when the product is upserted again. Searches see a write
 * within about 100 ms ({@link #refresh()} forces it). Writes become durable with {@link #commit()}, together with
 * the progress {@linkplain #mark marks}; after a crash the index and its marks are those of the last commit, so
 * replaying events from the marks is safe.
 *
 * <h2>Folder layout</h2>
 * The folder holds a file {@code current} naming the live sub-folder {@code index-N}. {@link #rebuild} fills a
 * new sub-folder while the live one keeps answering, then switches by replacing {@code current} atomically;
 * a crash before that leaves the old index live, and the next {@link #open} removes the unfinished folder.
 *
 * <h2>Missing or damaged index</h2>
 * {@link #open} never fails because of the index's content: a missing, empty or damaged index (every file's
 * checksum is verified) is replaced by an empty one that reports {@link #needsRebuild()}; the caller rebuilds
 * from the catalog (and should answer 503 meanwhile). Opening a folder that another open index uses fails.
 *
 * <h2>Resources</h2>
 * Keeps about 0.3 KB of heap per product (versions, SKU ids, stock, sales: the write path never reads the index),
 * up to 32 MB of indexing buffer, and 128 MB more during a rebuild. {@link #open} reads the whole index once to
 * verify checksums. Two background threads per index: the reopener and, during a rebuild, one indexing thread
 * per core.
 */
public final class ProductIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(ProductIndex.class.getName());

    static final String POINTER = "current";
    private static final String LOCK_NAME = "product-index.lock";
    private static final Pattern SUB_FOLDER = Pattern.compile("index-(\\d+)");

    /** A write, applied to the live folder and, during a rebuild, replayed on the new one. */
    @FunctionalInterface
    private interface Write {
        boolean apply(Shard shard) throws IOException;
    }

    @FunctionalInterface
    private interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final Path root;
    private final FSDirectory rootDir;
    private final Lock rootLock;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock rebuildLock = new ReentrantLock();
    private final ProductSearch search = new ProductSearch();
    private volatile Shard current;
    private volatile boolean closed;
    /** Writes made while a rebuild runs, replayed on the new folder before it goes live; null otherwise. */
    private List<Write> journal; // guarded by writeLock

    private ProductIndex(Path root, FSDirectory rootDir, Lock rootLock, Shard live) {
        this.root = root;
        this.rootDir = rootDir;
        this.rootLock = rootLock;
        this.current = live;
    }

    /**
     * Opens (creating if need be) the index in {@code folder}.
     *
     * @throws LockObtainFailedException when another open index uses the folder
     * @throws IOException               when the folder cannot be used at all
     */
    public static ProductIndex open(Path folder) throws IOException {
        Files.createDirectories(folder);
        FSDirectory rootDir = FSDirectory.open(folder);
        Lock lock = null;
        Shard shard = null;
        try {
            lock = rootDir.obtainLock(LOCK_NAME);
            String live = readPointer(folder);
            if (live != null && Files.isDirectory(folder.resolve(live))) {
                try {
                    shard = Shard.open(folder.resolve(live));
                } catch (LockObtainFailedException e) {
                    throw e;
                } catch (IndexNotFoundException e) {
                    LOG.info(() -> "No product index in " + folder.resolve(live) + "; starting empty");
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Product index " + folder.resolve(live)
                            + " is damaged; it is dropped and an empty index serves until a rebuild", e);
                }
            }
            if (shard == null) {
                String name = nextFolderName(folder);
                shard = Shard.create(folder.resolve(name), Shard.LIVE_RAM_MB);
                shard.commit();
                shard.openSearchers();
                writePointer(folder, name);
            }
            removeOtherFolders(folder, shard.path.getFileName().toString());
            shard.startReopener();
            return new ProductIndex(folder, rootDir, lock, shard);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(shard, lock, rootDir);
            throw e;
        }
    }

    // --- writes ---

    /**
     * Adds or replaces a product.
     *
     * @return false when ignored: the index holds this product at a version at least as new (removed or not)
     */
    public boolean upsert(IndexedProduct product) throws IOException {
        Objects.requireNonNull(product, "product");
        return write(shard -> shard.upsert(product, shard.ledger));
    }

    /**
     * Removes a product from searches, keeping a tombstone at {@code version}.
     *
     * @return false when ignored: the index holds this product at a version at least as new
     */
    public boolean remove(String productId, long version) throws IOException {
        Objects.requireNonNull(productId, "productId");
        return write(shard -> shard.remove(productId, version));
    }

    /**
     * Records a SKU's availability. A product is in stock when any of its SKUs has availability above zero
     * <em>or has no stock information yet</em> (the platform's default: new SKUs are sellable until inventory says
     * otherwise); a product without SKUs is out of stock. Stock of a SKU no product lists yet is kept until one does.
     */
    public void updateStock(String skuId, long available) throws IOException {
        Objects.requireNonNull(skuId, "skuId");
        write(shard -> {
            shard.updateStock(skuId, available);
            return true;
        });
    }

    /** Records how many units of a product were sold (the SALES sort); kept if the product is not indexed yet. */
    public void setSales(String productId, long sold) throws IOException {
        Objects.requireNonNull(productId, "productId");
        write(shard -> {
            shard.setSales(productId, sold);
            return true;
        });
    }

    /** Sets a progress marker (for example the last applied catalog event sequence); durable with {@link #commit}. */
    public void mark(String name, long value) throws IOException {
        Objects.requireNonNull(name, "name");
        write(shard -> {
            shard.marks.put(name, value);
            return true;
        });
    }

    /** The marker's last value set (after a restart: last committed), 0 when never set. */
    public long appliedMark(String name) {
        return current.marks.getOrDefault(name, 0L);
    }

    /** Makes all writes and marks so far durable, atomically. */
    public void commit() throws IOException {
        writeLock.lock();
        try {
            ensureOpen();
            current.commit();
        } finally {
            writeLock.unlock();
        }
    }

    /** Makes every completed write visible to searches now, instead of within the usual ~100 ms. */
    public void refresh() throws IOException {
        while (true) {
            Shard shard = current;
            try {
                shard.refresh();
                return;
            } catch (AlreadyClosedException e) {
                if (closed || shard == current) {
                    throw e;
                }
            }
        }
    }

    private boolean write(Write write) throws IOException {
        writeLock.lock();
        try {
            ensureOpen();
            boolean changed = write.apply(current);
            if (journal != null) {
                journal.add(write);
            }
            return changed;
        } finally {
            writeLock.unlock();
        }
    }

    // --- reads ---

    /**
     * Runs a search. Pages starting beyond position 10,000 come back without items but with total and facets.
     *
     * @throws UncheckedIOException when the index cannot be read
     */
    public ProductHits search(ProductQuery query) {
        Objects.requireNonNull(query, "query");
        return read(searcher -> search.search(searcher, query));
    }

    /**
     * Up to {@code limit} (at most 50) product and brand names containing the typed text (Han characters anywhere,
     * a Latin word by its start, case-insensitive), best-selling products first, without duplicates.
     */
    public List<String> suggest(String prefix, int limit) {
        return read(searcher -> Suggestions.suggest(searcher, prefix, limit));
    }

    /**
     * What searches currently see, as a token: it changes whenever a write becomes visible or a
     * rebuild switches folders, and stays equal otherwise, so answers can be cached under it.
     */
    public String generation() {
        return read(searcher -> {
            DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
            return reader.directory() + ":" + reader.getVersion();
        });
    }

    /** Live (searchable) products, counting writes not yet visible to searches. */
    public long size() {
        return current.ledger.live();
    }

    /** Whether the index holds no searchable product. */
    public boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Whether the index was not built by a {@link #rebuild} of this schema: it was missing, damaged or written by
     * an older release. It serves what it holds meanwhile.
     */
    public boolean needsRebuild() {
        return !current.complete;
    }

    private <T> T read(Read<T> read) {
        while (true) {
            Shard shard = current;
            IndexSearcher searcher;
            try {
                searcher = shard.acquire();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (searcher == null) { // switched away by a rebuild (or closed): use the new live folder
                if (closed) {
                    throw new IllegalStateException("The product index is closed");
                }
                continue;
            }
            try {
                return read.apply(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    shard.release(searcher);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Releasing a searcher failed", e);
                }
            }
        }
    }

    // --- rebuild ---

    /**
     * Replaces the index's content by {@code all} (the whole catalog) without interrupting searches: builds a new
     * folder, then switches to it. Stock and sales the index knows are carried over; so are tombstones and
     * product states newer than the ones {@code all} yields (the catalog read may be older than the events
     * already applied). Products the index holds but {@code all} lacks are dropped. Writes made meanwhile are
     * applied to the live index at once and replayed on the new one before the switch, marks included: the new
     * index starts with {@code marks}, overridden by marks set during the rebuild. The new index is committed and
     * reports {@code needsRebuild() == false}. One rebuild runs at a time; a failed rebuild leaves the index as it
     * was.
     */
    public void rebuild(Iterator<IndexedProduct> all, Map<String, Long> marks) throws IOException {
        Objects.requireNonNull(all, "all");
        Map<String, Long> initialMarks = marks == null ? Map.of() : Map.copyOf(marks);
        rebuildLock.lock();
        try {
            Shard old;
            Ledger snapshot;
            writeLock.lock();
            try {
                ensureOpen();
                old = current;
                snapshot = old.ledger.snapshot();
                journal = new ArrayList<>();
            } finally {
                writeLock.unlock();
            }
            Path path = root.resolve(nextFolderName(root));
            Shard fresh = null;
            boolean switched = false;
            try {
                old.refresh(); // so that states newer than the snapshot can be read from it
                fresh = Shard.create(path, Shard.BULK_RAM_MB);
                fresh.startBulk(IndexingLanes.defaultCount());
                load(fresh, all, snapshot, old);
                fresh.endBulk();
                fresh.marks.putAll(initialMarks);
                fresh.complete = true;
                replay(fresh, drainJournal()); // most of the catch-up without holding up writers
                fresh.commit();               // and the big flush too
                fresh.writer.getConfig().setRAMBufferSizeMB(Shard.LIVE_RAM_MB);
                fresh.openSearchers();
                writeLock.lock();
                try {
                    ensureOpen();
                    replay(fresh, journal);
                    journal = null;
                    fresh.commit();
                    fresh.refresh();
                    writePointer(root, path.getFileName().toString());
                    current = fresh;
                    switched = true;
                } finally {
                    writeLock.unlock();
                }
                fresh.startReopener();
            } finally {
                if (!switched) {
                    writeLock.lock();
                    try {
                        journal = null;
                    } finally {
                        writeLock.unlock();
                    }
                    if (fresh != null) {
                        fresh.discard();
                    } else {
                        deleteQuietly(path); // left by a failed Shard.create, if anything
                    }
                }
            }
            old.discard(); // waits for the searches still using it
        } finally {
            rebuildLock.unlock();
        }
    }

    private void load(Shard fresh, Iterator<IndexedProduct> all, Ledger snapshot, Shard old) throws IOException {
        // Stock first, so that every product is indexed with the right in-stock flag.
        for (Map.Entry<String, Long> e : snapshot.skuStock.entrySet()) {
            fresh.updateStock(e.getKey(), e.getValue());
        }
        long count = 0;
        while (all.hasNext()) {
            IndexedProduct p = all.next();
            if (p == null) {
                continue;
            }
            if ((++count & 1023) == 0) {
                ensureOpen();
            }
            Ledger.Entry known = snapshot.get(p.id());
            if (known != null && known.blocks(p.version())) {
                if (known.kind() == Ledger.TOMBSTONE) {
                    Ledger.Entry loaded = fresh.ledger.get(p.id());
                    if (loaded == null || !loaded.blocks(known.version())) {
                        fresh.putMarker(p.id(), known);
                    }
                    continue;
                }
                if (known.version() > p.version()) {
                    IndexedProduct newer = old.loadSource(p.id());
                    if (newer != null && newer.version() > p.version()) {
                        p = newer;
                    }
                }
            }
            fresh.upsert(p, snapshot);
        }
        for (Map.Entry<String, Ledger.Entry> e : snapshot.products.entrySet()) {
            if (e.getValue().kind() != Ledger.LIVE && fresh.ledger.get(e.getKey()) == null) {
                fresh.putMarker(e.getKey(), e.getValue()); // tombstones, and sales of products not seen yet
            }
        }
    }

    private List<Write> drainJournal() {
        writeLock.lock();
        try {
            List<Write> drained = journal;
            journal = new ArrayList<>();
            return drained;
        } finally {
            writeLock.unlock();
        }
    }

    private static void replay(Shard shard, List<Write> writes) throws IOException {
        for (Write w : writes) {
            w.apply(shard); // writes are idempotent under the version rule; stock and sales are absolute
        }
    }

    // --- lifecycle ---

    /** Commits (writes and marks) and closes. Waits for a running rebuild to notice and give up. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        rebuildLock.lock();
        try {
            writeLock.lock();
            try {
                current.close(true);
            } finally {
                writeLock.unlock();
            }
        } finally {
            rebuildLock.unlock();
            IOUtils.close(rootLock, rootDir);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The product index is closed");
        }
    }

    // --- folder layout ---

    private static String readPointer(Path root) throws IOException {
        Path pointer = root.resolve(POINTER);
        if (!Files.exists(pointer)) {
            return null;
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
        if (!SUB_FOLDER.matcher(name).matches()) {
            LOG.warning(() -> "Ignoring unreadable index pointer " + pointer);
            return null;
        }
        return name;
    }

    private static void writePointer(Path root, String name) throws IOException {
        Path tmp = root.resolve(POINTER + ".tmp");
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap((name + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(tmp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try {
            IOUtils.fsync(root, true); // the rename is done: a failure here must not undo the switch
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not sync folder " + root, e);
        }
    }

    private static String nextFolderName(Path root) throws IOException {
        long max = 0;
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
            for (Path child : children) {
                Matcher m = SUB_FOLDER.matcher(child.getFileName().toString());
                if (m.matches()) {
                    max = Math.max(max, Long.parseLong(m.group(1)));
                }
            }
        }
        return "index-" + (max + 1);
    }

    private static void deleteQuietly(Path path) {
        try {
            if (Files.exists(path)) {
                IOUtils.rm(path);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + path + "; the next open removes it", e);
        }
    }

    /** Removes folders of unfinished rebuilds and of a dropped, damaged index. */
    private static void removeOtherFolders(Path root, String live) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (!name.equals(live) && SUB_FOLDER.matcher(name).matches()) {
                    IOUtils.rm(child);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove an old index folder in " + root, e);
        }
    }
}
