package shop.catalog.product.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/**
 * A product (SPU): name, description, category, brand, images, and the SKUs shoppers buy.
 * Its lifecycle is DRAFT, PUBLISHED, UNPUBLISHED and DELETED (a soft delete: orders and
 * reviews still name it); every change takes a number from the catalog's change feed.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    private String id;

    private String name;

    @Column(name = "name_en")
    private String nameEn;

    private String description;

    @Column(name = "category_id")
    private String categoryId;

    @Column(name = "brand_id")
    private String brandId;

    @Enumerated(EnumType.STRING)
    private ProductStatus status;

    /** Ordered image URLs as a JSON array; the first is the main image. */
    private String images;

    @Version
    private long version;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "deleted_at")
    private OffsetDateTime deletedAt;

    /** Position of the latest change in the catalog's change feed. */
    @Column(name = "change_seq")
    private long changeSeq;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL)
    @OrderBy("sortOrder")
    private List<Sku> skus = new ArrayList<>();

    protected Product() {
    }

    public Product(String id, String name, String nameEn, String description, String categoryId, String brandId,
            String imagesJson, OffsetDateTime now) {
        this.id = id;
        this.name = name;
        this.nameEn = nameEn;
        this.description = description;
        this.categoryId = categoryId;
        this.brandId = brandId;
        this.images = imagesJson;
        this.status = ProductStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void addSku(Sku sku) {
        skus.add(sku);
    }

    /**
     * Replaces what the operator wrote. SKUs named by id keep their id; SKUs without one are new;
     * the product's SKUs left out are disabled, never deleted (orders name them). A published
     * product keeps at least one SKU on sale.
     */
    public void edit(ProductContent content, Supplier<String> newSkuId, OffsetDateTime now) {
        requireNotDeleted();
        Map<String, Sku> existing = new HashMap<>();
        skus.forEach(sku -> existing.put(sku.id(), sku));
        for (ProductContent.SkuContent sku : content.skus()) {
            if (sku.id() != null && !existing.containsKey(sku.id())) {
                throw ProblemException.invalid("skus", "SKU " + sku.id() + " is not one of this product's SKUs");
            }
        }
        if (status == ProductStatus.PUBLISHED && content.skus().isEmpty()) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "A published product keeps at least one SKU; unpublish it first.");
        }
        name = content.name();
        nameEn = content.nameEn();
        description = content.description();
        categoryId = content.categoryId();
        brandId = content.brandId();
        images = content.imagesJson();
        skus.forEach(Sku::disable);
        int order = 0;
        for (ProductContent.SkuContent sku : content.skus()) {
            if (sku.id() == null) {
                skus.add(new Sku(newSkuId.get(), this, sku.specsJson(), sku.price(), sku.currency(), sku.barcode(),
                        sku.weightGrams(), order++));
            } else {
                existing.get(sku.id()).rewrite(sku.specsJson(), sku.price(), sku.currency(), sku.barcode(),
                        sku.weightGrams(), order++);
            }
        }
        updatedAt = now;
    }

    /** Puts the product on sale; only a draft or unpublished product with a SKU can be published. */
    public void publish(OffsetDateTime now) {
        if (status != ProductStatus.DRAFT && status != ProductStatus.UNPUBLISHED) {
            throw refused("publish");
        }
        if (skus.stream().noneMatch(Sku::enabled)) {
            throw new ProblemException(ErrorCode.INVALID_STATE, "A product needs at least one SKU before it is published.");
        }
        status = ProductStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    /** Withdraws the product from sale; it can be published again. */
    public void unpublish(OffsetDateTime now) {
        if (status != ProductStatus.PUBLISHED) {
            throw refused("unpublish");
        }
        status = ProductStatus.UNPUBLISHED;
        updatedAt = now;
    }

    /** Deletes the product softly: it leaves sale and every list for good. */
    public void delete(OffsetDateTime now) {
        requireNotDeleted();
        status = ProductStatus.DELETED;
        deletedAt = now;
        updatedAt = now;
    }

    /**
     * Records the change's position in the feed. Every change calls it, which also makes the
     * row itself change, so the version rises even when only a SKU changed.
     */
    public void changed(long seq) {
        changeSeq = seq;
    }

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }

    public boolean isDeleted() {
        return status == ProductStatus.DELETED;
    }

    private void requireNotDeleted() {
        if (status == ProductStatus.DELETED) {
            throw ProblemException.notFound("No such product.");
        }
    }

    private ProblemException refused(String what) {
        return new ProblemException(ErrorCode.INVALID_STATE, "Cannot " + what + " a product that is " + status + ".");
    }

    public String id() { return id; }
    public String name() { return name; }
    public String nameEn() { return nameEn; }
    public String description() { return description; }
    public String categoryId() { return categoryId; }
    public String brandId() { return brandId; }
    public ProductStatus status() { return status; }
    public String imagesJson() { return images; }
    public long version() { return version; }
    public List<Sku> skus() { return skus; }
    public OffsetDateTime publishedAt() { return publishedAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
    public long changeSeq() { return changeSeq; }
}
