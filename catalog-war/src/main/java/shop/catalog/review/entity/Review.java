package shop.catalog.review.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A shopper's review of a product bought in one order: a rating of 1 to 5 and a text. */
@Entity
@Table(name = "review")
public class Review {

    @Id
    private String id;

    @Column(name = "product_id")
    private String productId;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "user_id")
    private String userId;

    private String author;

    private int rating;

    private String text;

    private boolean hidden;

    @Column(name = "hidden_by")
    private String hiddenBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Review() {
    }

    public Review(String id, String productId, String orderId, String userId, String author, int rating, String text,
            OffsetDateTime now) {
        this.id = id;
        this.productId = productId;
        this.orderId = orderId;
        this.userId = userId;
        this.author = author;
        this.rating = rating;
        this.text = text;
        this.createdAt = now;
    }

    /** Hides the review from shoppers; false when it already was hidden. */
    public boolean hide(String operator) {
        if (hidden) {
            return false;
        }
        hidden = true;
        hiddenBy = operator;
        return true;
    }

    /** Shows a hidden review again; false when it was visible. */
    public boolean show() {
        if (!hidden) {
            return false;
        }
        hidden = false;
        hiddenBy = null;
        return true;
    }

    /** How other shoppers see the author: first and last character of the username, the rest masked (a***e). */
    public static String masked(String username) {
        if (username == null || username.isEmpty()) {
            return "***";
        }
        int[] chars = username.codePoints().toArray();
        if (chars.length <= 2) {
            return new String(chars, 0, 1) + "***";
        }
        return new String(chars, 0, 1) + "***" + new String(chars, chars.length - 1, 1);
    }

    public String id() { return id; }
    public String productId() { return productId; }
    public String orderId() { return orderId; }
    public String userId() { return userId; }
    public String author() { return author; }
    public int rating() { return rating; }
    public String text() { return text; }
    public boolean hidden() { return hidden; }
    public String hiddenBy() { return hiddenBy; }
    public OffsetDateTime createdAt() { return createdAt; }
}
