package shop.search.product.control;

import static shop.search.product.control.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

import shop.search.product.entity.CategoryRef;
import shop.search.product.entity.IndexedProduct;
import shop.search.product.entity.IndexedSku;

/** Lucene documents of the product index, and the binary forms of a product and of its SKU list. */
final class ProductDocuments {

    private static final byte SOURCE_FORMAT = 1;

    private ProductDocuments() {
    }

    static Term productKey(String productId) {
        return new Term(KEY, "p:" + productId);
    }

    static Term skuKey(String skuId) {
        return new Term(KEY, "s:" + skuId);
    }

    /** A searchable product; {@code state} supplies version, SKU ids, in-stock flag and sales. */
    static Document product(IndexedProduct p, Ledger.Entry state) {
        Document d = new Document();
        common(d, productKey(p.id()), Ledger.LIVE, p.id(), state);
        d.add(new StoredField(SOURCE, encode(p)));
        d.add(new NumericDocValuesField(PUBLISHED, p.publishedAt().toEpochMilli()));

        d.add(new TextField(NAME, p.name(), Field.Store.NO));
        d.add(new TextField(BIGRAMS, p.name(), Field.Store.NO));
        d.add(new TextField(SUGGEST_NAME, p.name(), Field.Store.NO));
        if (p.nameEn() != null) {
            d.add(new TextField(NAME_EN, p.nameEn(), Field.Store.NO));
            d.add(new TextField(SUGGEST_NAME_EN, p.nameEn(), Field.Store.NO));
        }
        if (p.brandName() != null) {
            d.add(new TextField(BRAND, p.brandName(), Field.Store.NO));
            d.add(new TextField(BIGRAMS, p.brandName(), Field.Store.NO));
            d.add(new TextField(SUGGEST_BRAND, p.brandName(), Field.Store.NO));
        }
        if (p.description() != null) {
            d.add(new TextField(DESCRIPTION, p.description(), Field.Store.NO));
        }
        for (CategoryRef c : p.categoryPath()) {
            d.add(new StringField(CATEGORY_IDS, c.id(), Field.Store.NO));
            if (!c.name().isEmpty()) {
                d.add(new TextField(CATEGORY, c.name(), Field.Store.NO));
                d.add(new TextField(BIGRAMS, c.name(), Field.Store.NO));
            }
        }
        if (!p.categoryPath().isEmpty()) {
            CategoryRef leaf = p.categoryPath().get(p.categoryPath().size() - 1);
            d.add(new SortedDocValuesField(FACET_CATEGORY, facetValue(leaf.id(), leaf.name())));
        }
        if (p.brandId() != null) {
            d.add(new StringField(BRAND_ID, p.brandId(), Field.Store.NO));
            d.add(new SortedDocValuesField(FACET_BRAND, facetValue(p.brandId(), p.brandName())));
        }
        for (IndexedSku sku : p.skus()) {
            d.add(new LongPoint(PRICES, sku.price()));
            if (sku.specs() != null && !sku.specs().isBlank()) {
                d.add(new TextField(SPECS, sku.specs(), Field.Store.NO));
                d.add(new TextField(BIGRAMS, sku.specs(), Field.Store.NO));
            }
        }
        Long lowest = p.lowestPrice();
        if (lowest != null) {
            d.add(new NumericDocValuesField(MIN_PRICE, lowest));
        }
        return d;
    }

    /** A tombstone or a sales stub: holds state, is never searched. */
    static Document marker(String productId, Ledger.Entry state) {
        Document d = new Document();
        common(d, productKey(productId), state.kind(), productId, state);
        return d;
    }

    /**
     * The availability of one SKU. A document of its own, replaced on every stock change: cheap, where a doc-value
     * update on the product would rewrite that field for its whole segment at the next refresh.
     */
    static Document skuStock(String skuId, long available) {
        Document d = new Document();
        d.add(new StringField(KEY, skuKey(skuId).bytes(), Field.Store.NO));
        d.add(new StringField(KIND, "k" + Ledger.SKU_STOCK, Field.Store.NO));
        d.add(new NumericDocValuesField(KIND_DV, Ledger.SKU_STOCK));
        d.add(new SortedDocValuesField(ID, new BytesRef(skuId)));
        d.add(new NumericDocValuesField(AVAILABLE, available));
        return d;
    }

    private static void common(Document d, Term key, byte kind, String id, Ledger.Entry state) {
        d.add(new StringField(KEY, key.bytes(), Field.Store.NO));
        d.add(new StringField(KIND, kind == Ledger.LIVE ? KIND_LIVE : "k" + kind, Field.Store.NO));
        d.add(new NumericDocValuesField(KIND_DV, kind));
        d.add(new SortedDocValuesField(ID, new BytesRef(id)));
        d.add(new NumericDocValuesField(VERSION, state.version()));
        d.add(new NumericDocValuesField(SALES, state.sales()));
        d.add(new NumericDocValuesField(IN_STOCK, kind == Ledger.LIVE && state.inStock() ? 1 : 0));
        d.add(new BinaryDocValuesField(SKUS, encodeSkus(state.skus())));
    }

    static BytesRef facetValue(String id, String name) {
        String clean = name == null ? "" : name.replace(FACET_SEPARATOR, ' ');
        return new BytesRef(id + FACET_SEPARATOR + clean);
    }

    // --- binary forms ---

    static BytesRef encodeSkus(String[] skus) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(skus.length);
            for (String sku : skus) {
                out.writeString(sku);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    static String[] decodeSkus(BytesRef bytes) {
        try {
            ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
            String[] skus = new String[in.readVInt()];
            for (int i = 0; i < skus.length; i++) {
                skus[i] = in.readString();
            }
            return skus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] encode(IndexedProduct p) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeByte(SOURCE_FORMAT);
            out.writeString(p.id());
            out.writeString(p.name());
            writeNullable(out, p.nameEn());
            writeNullable(out, p.description());
            writeNullable(out, p.brandId());
            writeNullable(out, p.brandName());
            out.writeVInt(p.categoryPath().size());
            for (CategoryRef c : p.categoryPath()) {
                out.writeString(c.id());
                out.writeString(c.name());
            }
            out.writeVInt(p.skus().size());
            for (IndexedSku s : p.skus()) {
                out.writeString(s.skuId());
                out.writeZLong(s.price());
                writeNullable(out, s.specs());
            }
            writeNullable(out, p.mainImage());
            out.writeString(p.currency());
            out.writeZLong(p.publishedAt().getEpochSecond());
            out.writeVInt(p.publishedAt().getNano());
            out.writeZLong(p.version());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toArrayCopy();
    }

    static IndexedProduct decode(BytesRef bytes) {
        try {
            DataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
            byte format = in.readByte();
            if (format != SOURCE_FORMAT) {
                throw new IllegalStateException("Unknown product source format " + format);
            }
            String id = in.readString();
            String name = in.readString();
            String nameEn = readNullable(in);
            String description = readNullable(in);
            String brandId = readNullable(in);
            String brandName = readNullable(in);
            int categories = in.readVInt();
            List<CategoryRef> path = new ArrayList<>(categories);
            for (int i = 0; i < categories; i++) {
                path.add(new CategoryRef(in.readString(), in.readString()));
            }
            int skuCount = in.readVInt();
            List<IndexedSku> skus = new ArrayList<>(skuCount);
            for (int i = 0; i < skuCount; i++) {
                skus.add(new IndexedSku(in.readString(), in.readZLong(), readNullable(in)));
            }
            String mainImage = readNullable(in);
            String currency = in.readString();
            Instant published = Instant.ofEpochSecond(in.readZLong(), in.readVInt());
            long version = in.readZLong();
            return new IndexedProduct(id, name, nameEn, description, brandId, brandName, path, skus, mainImage,
                    currency, published, version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeNullable(DataOutput out, String value) throws IOException {
        out.writeByte(value == null ? (byte) 0 : (byte) 1);
        if (value != null) {
            out.writeString(value);
        }
    }

    private static String readNullable(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }
}
