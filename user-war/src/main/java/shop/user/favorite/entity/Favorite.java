package shop.user.favorite.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import shop.user.product.entity.ProductSnapshot;

/** One product a shopper keeps among their favorites, with what it looked like when added. */
@Entity
@Table(name = "favorite")
@NamedQuery(name = Favorite.NEWEST_FIRST,
        query = "SELECT f FROM Favorite f WHERE f.accountId = :account ORDER BY f.addedAt DESC, f.id DESC")
@NamedQuery(name = Favorite.COUNT, query = "SELECT COUNT(f) FROM Favorite f WHERE f.accountId = :account")
@NamedQuery(name = Favorite.ONE, query = "SELECT f FROM Favorite f WHERE f.accountId = :account AND f.productId = :product")
@NamedQuery(name = Favorite.ERASE, query = "DELETE FROM Favorite f WHERE f.accountId = :account")
public class Favorite {

    public static final String NEWEST_FIRST = "Favorite.newestFirst";
    public static final String COUNT = "Favorite.count";
    public static final String ONE = "Favorite.one";
    public static final String ERASE = "Favorite.erase";

    @Id
    private String id;

    @Column(name = "account_id")
    private String accountId;

    @Column(name = "product_id")
    private String productId;

    @Embedded
    private ProductSnapshot product;

    @Column(name = "added_at")
    private OffsetDateTime addedAt;

    protected Favorite() {
    }

    public Favorite(String id, String accountId, String productId, ProductSnapshot product, OffsetDateTime addedAt) {
        this.id = id;
        this.accountId = accountId;
        this.productId = productId;
        this.product = product;
        this.addedAt = addedAt;
    }

    /**
     * Adding a product that is already a favorite keeps its place in the list (when it was first
     * added) and only brings its snapshot up to date.
     */
    public void refresh(ProductSnapshot now) {
        this.product = now;
    }

    public String productId() {
        return productId;
    }

    public ProductSnapshot product() {
        return product;
    }

    public OffsetDateTime addedAt() {
        return addedAt;
    }
}
