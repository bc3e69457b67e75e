package shop.catalog.product.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

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

/** A product (SPU): name, description, category, brand, images, and the SKUs shoppers buy. */
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

    /** Puts the product on sale; only a draft or unpublished product can be published. */
    public void publish(OffsetDateTime now) {
        if (status != ProductStatus.DRAFT && status != ProductStatus.UNPUBLISHED) {
            throw new IllegalStateException("cannot publish a " + status + " product");
        }
        status = ProductStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
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
}
