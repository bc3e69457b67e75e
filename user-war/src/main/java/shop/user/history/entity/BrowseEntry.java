package shop.user.history.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import shop.user.product.entity.ProductSnapshot;

/** A product in a shopper's browse history, with when they last viewed it and what it looked like then. */
@Entity
@Table(name = "browse_history")
@NamedQuery(name = BrowseEntry.LATEST_FIRST,
        query = "SELECT e FROM BrowseEntry e WHERE e.accountId = :account ORDER BY e.viewedAt DESC, e.id DESC")
@NamedQuery(name = BrowseEntry.SHOWN_LATEST_FIRST, query = "SELECT e FROM BrowseEntry e"
        + " WHERE e.accountId = :account AND e.viewedAt >= :oldest ORDER BY e.viewedAt DESC, e.id DESC")
@NamedQuery(name = BrowseEntry.SHOWN_COUNT,
        query = "SELECT COUNT(e) FROM BrowseEntry e WHERE e.accountId = :account AND e.viewedAt >= :oldest")
@NamedQuery(name = BrowseEntry.ONE, query = "SELECT e FROM BrowseEntry e WHERE e.accountId = :account AND e.productId = :product")
@NamedQuery(name = BrowseEntry.CLEAR, query = "DELETE FROM BrowseEntry e WHERE e.accountId = :account")
@NamedQuery(name = BrowseEntry.VIEWED_BEFORE, query = "DELETE FROM BrowseEntry e WHERE e.viewedAt < :oldest")
public class BrowseEntry {

    public static final String LATEST_FIRST = "BrowseEntry.latestFirst";
    public static final String SHOWN_LATEST_FIRST = "BrowseEntry.shownLatestFirst";
    public static final String SHOWN_COUNT = "BrowseEntry.shownCount";
    public static final String ONE = "BrowseEntry.one";
    public static final String CLEAR = "BrowseEntry.clear";
    public static final String VIEWED_BEFORE = "BrowseEntry.viewedBefore";

    @Id
    private String id;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "product_id")
    private String productId;

    @Embedded
    private ProductSnapshot product;

    @Column(name = "viewed_at")
    private OffsetDateTime viewedAt;

    protected BrowseEntry() {
    }

    public BrowseEntry(String id, String accountId, String productId, ProductSnapshot product, OffsetDateTime viewedAt) {
        this.id = id;
        this.accountId = accountId;
        this.productId = productId;
        this.product = product;
        this.viewedAt = viewedAt;
    }

    /** Another view of the same product: it moves to the top, showing the product as it is now. */
    public void viewedAgain(ProductSnapshot now, OffsetDateTime at) {
        this.product = now;
        if (at.isAfter(viewedAt)) {
            this.viewedAt = at;
        }
    }

    public String productId() {
        return productId;
    }

    public ProductSnapshot product() {
        return product;
    }

    public OffsetDateTime viewedAt() {
        return viewedAt;
    }
}
