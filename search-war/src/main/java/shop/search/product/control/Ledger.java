package shop.search.product.control;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What one index folder knows about every product id and SKU, kept in memory so that the version rule, stock and
 * sales need no index look-up (which could be up to a refresh behind). Loaded from doc values on open; about
 * 0.3 KB per product. Not thread-safe: used under the index's write lock, or by the rebuild thread alone.
 */
final class Ledger {

    /** Kinds of documents; every state below is also a document, so the ledger survives restarts. */
    static final byte LIVE = 0;
    static final byte TOMBSTONE = 1;
    /** Sales known for a product id the index has not seen yet. */
    static final byte STUB = 2;
    /** The availability of one SKU (whether or not a product lists it yet). */
    static final byte SKU_STOCK = 3;

    /** Immutable, so that a rebuild can work on a shallow copy of the maps. */
    record Entry(byte kind, long version, String[] skus, boolean inStock, long sales) {
        static final String[] NO_SKUS = new String[0];

        static Entry stub(long sales) {
            return new Entry(STUB, Long.MIN_VALUE, NO_SKUS, false, sales);
        }

        /** Whether an upsert or removal at {@code newVersion} must be ignored. */
        boolean blocks(long newVersion) {
            return kind != STUB && version >= newVersion;
        }

        boolean lists(String sku) {
            for (String s : skus) {
                if (s.equals(sku)) {
                    return true;
                }
            }
            return false;
        }

        Entry withInStock(boolean value) {
            return new Entry(kind, version, skus, value, sales);
        }

        Entry withSales(long value) {
            return new Entry(kind, version, skus, inStock, value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Entry e && e.kind == kind && e.version == version && e.inStock == inStock
                    && e.sales == sales && Arrays.equals(e.skus, skus);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(skus) * 31 + Long.hashCode(version);
        }

        @Override
        public String toString() {
            return "Entry[kind=" + kind + ", version=" + version + ", skus=" + Arrays.toString(skus)
                    + ", inStock=" + inStock + ", sales=" + sales + "]";
        }
    }

    final Map<String, Entry> products;
    /** SKU id to the live product listing it: whose in-stock flag a stock change may flip. */
    final Map<String, String> skuOwner;
    /** Known availability per SKU. */
    final Map<String, Long> skuStock;
    private volatile long live;

    Ledger() {
        this(new HashMap<>(), new HashMap<>(), new HashMap<>(), 0);
    }

    private Ledger(Map<String, Entry> products, Map<String, String> skuOwner, Map<String, Long> skuStock,
                   long live) {
        this.products = products;
        this.skuOwner = skuOwner;
        this.skuStock = skuStock;
        this.live = live;
    }

    /** A copy that later changes of this ledger do not affect. */
    Ledger snapshot() {
        return new Ledger(new HashMap<>(products), new HashMap<>(skuOwner), new HashMap<>(skuStock), live);
    }

    Entry get(String productId) {
        return products.get(productId);
    }

    void put(String productId, Entry entry) {
        Entry old = products.put(productId, entry);
        long delta = (entry.kind == LIVE ? 1 : 0) - (old != null && old.kind == LIVE ? 1 : 0);
        if (delta != 0) {
            live += delta;
        }
    }

    /**
     * In stock when any SKU has availability above zero or no stock information yet (the platform's default:
     * sellable until inventory says otherwise). No SKU: out of stock.
     */
    boolean inStock(String[] skus) {
        for (String sku : skus) {
            Long available = skuStock.get(sku);
            if (available == null || available > 0) {
                return true;
            }
        }
        return false;
    }

    /** Live products. */
    long live() {
        return live;
    }
}
