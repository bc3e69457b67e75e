package shop.catalog.product.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One buyable variant of a product: its specs (颜色, 尺码, 存储…), price in fen, barcode and weight. */
@Entity
@Table(name = "sku")
public class Sku {

    @Id
    private String id;

    @ManyToOne
    @JoinColumn(name = "product_id")
    private Product product;

    /** Spec name to value as a JSON object, in display order. */
    private String specs;

    private long price;

    private String currency;

    private String barcode;

    @Column(name = "weight_grams")
    private Integer weightGrams;

    private boolean enabled;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Sku() {
    }

    public Sku(String id, Product product, String specsJson, long price, String currency, String barcode,
            Integer weightGrams, int sortOrder) {
        this.id = id;
        this.product = product;
        this.specs = specsJson;
        this.price = price;
        this.currency = currency;
        this.barcode = barcode;
        this.weightGrams = weightGrams;
        this.sortOrder = sortOrder;
        this.enabled = true;
    }

    /** Takes what the operator wrote and puts the SKU back on sale. */
    void rewrite(String specsJson, long price, String currency, String barcode, Integer weightGrams, int sortOrder) {
        this.specs = specsJson;
        this.price = price;
        this.currency = currency;
        this.barcode = barcode;
        this.weightGrams = weightGrams;
        this.sortOrder = sortOrder;
        this.enabled = true;
    }

    /** Takes the SKU off sale; it stays, because orders name it. */
    void disable() {
        enabled = false;
    }

    public String id() { return id; }
    public Product product() { return product; }
    public String specsJson() { return specs; }
    public long price() { return price; }
    public String currency() { return currency; }
    public String barcode() { return barcode; }
    public Integer weightGrams() { return weightGrams; }
    public boolean enabled() { return enabled; }
    public int sortOrder() { return sortOrder; }
}
