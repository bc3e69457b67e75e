package shop.search.product.control;

/**
 * Field names of the product index. Changing what a field holds or how it is analyzed needs a rebuild: bump
 * {@link #SCHEMA} so that indexes written before report {@code needsRebuild()}.
 */
final class IndexFields {

    static final String SCHEMA = "1";

    /** Unique key of every document: {@code p:<productId>} or {@code s:<skuId>} (a SKU's stock). */
    static final String KEY = "_key";
    /** Document kind as a term, so that every search can filter on live products. */
    static final String KIND = "kind";
    /** Document kind as a doc value, read when the ledger is loaded. */
    static final String KIND_DV = "kind_dv";
    /** Product id (SKU id for a SKU stock document): sorted doc value, the paging tie-break. */
    static final String ID = "id";
    static final String VERSION = "version";
    /** The whole product, binary-encoded, stored. */
    static final String SOURCE = "src";

    // keyword search
    static final String NAME = "name";
    static final String NAME_EN = "name_en";
    static final String BRAND = "brand";
    static final String CATEGORY = "category";
    static final String SPECS = "specs";
    static final String DESCRIPTION = "desc";
    static final String BIGRAMS = "bigrams";

    // suggestions
    static final String SUGGEST_NAME = "sg_name";
    static final String SUGGEST_NAME_EN = "sg_name_en";
    static final String SUGGEST_BRAND = "sg_brand";

    // filters
    static final String CATEGORY_IDS = "cat_ids";
    static final String BRAND_ID = "brand_id";
    static final String PRICES = "prices";

    // doc values: facets and sorts
    static final String FACET_CATEGORY = "f_cat";
    static final String FACET_BRAND = "f_brand";
    static final String MIN_PRICE = "min_price";
    static final String PUBLISHED = "published";
    /** Updated in place (doc-value updates), never indexed otherwise. */
    static final String SALES = "sales";
    /** Updated in place when a stock change flips it. */
    static final String IN_STOCK = "in_stock";
    /** The product's SKU ids, binary-encoded, read when the ledger is loaded. */
    static final String SKUS = "skus";
    /** A SKU stock document's availability. */
    static final String AVAILABLE = "available";

    /** Separates id and display name in a facet value. */
    static final char FACET_SEPARATOR = '\u001f';

    static final String KIND_LIVE = "p";

    private IndexFields() {
    }
}
