package shop.catalog.review.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product's rating over its visible reviews. */
@Entity
@Table(name = "product_rating")
public class ProductRating {

    @Id
    @Column(name = "product_id")
    private String productId;

    @Column(name = "rating_count")
    private int count;

    @Column(name = "rating_sum")
    private long sum;

    protected ProductRating() {
    }

    public ProductRating(String productId) {
        this.productId = productId;
    }

    /** A visible review with this rating appeared. */
    public void add(int rating) {
        count++;
        sum += rating;
    }

    /** A review with this rating was hidden. */
    public void remove(int rating) {
        count--;
        sum -= rating;
    }

    /** The average to one decimal, half up; 0 without reviews. */
    public BigDecimal average() {
        return count == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    public String productId() { return productId; }
    public int count() { return count; }
    public long sum() { return sum; }
}
