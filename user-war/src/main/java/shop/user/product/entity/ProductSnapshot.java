package shop.user.product.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A product as a shopper saw it in the catalog at one moment: name, lowest SKU price (fen) and
 * main image. Kept beside a favorite or a history entry so lists are shown without asking the
 * catalog for every line, and still make sense after the product left the catalog.
 */
@Embeddable
public class ProductSnapshot {

    private String name;
    private long price;
    private String currency;

    @Column(name = "main_image")
    private String mainImage;

    protected ProductSnapshot() {
    }

    public ProductSnapshot(String name, long price, String currency, String mainImage) {
        this.name = Objects.requireNonNull(name, "name");
        this.price = price;
        this.currency = Objects.requireNonNull(currency, "currency");
        this.mainImage = mainImage;
    }

    public String name() {
        return name;
    }

    public long price() {
        return price;
    }

    public String currency() {
        return currency;
    }

    /** The first image, or null for a product without images. */
    public String mainImage() {
        return mainImage;
    }
}
