package shop.order.cart.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One SKU in a shopper's cart: how many, and whether it is selected for checkout. */
@Entity
@Table(name = "cart_item")
@IdClass(CartItem.Key.class)
public class CartItem {

    /** A cart line's identity: the shopper and the SKU. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String userId;
        String skuId;

        public Key() {
        }

        public Key(String userId, String skuId) {
            this.userId = userId;
            this.skuId = skuId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(userId, key.userId) && Objects.equals(skuId, key.skuId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, skuId);
        }
    }

    @Id
    @Column(name = "user_id")
    private String userId;

    @Id
    @Column(name = "sku_id")
    private String skuId;

    private int quantity;

    private boolean selected;

    @Column(name = "added_at")
    private OffsetDateTime addedAt;

    protected CartItem() {
    }

    public CartItem(String userId, String skuId, int quantity, boolean selected, OffsetDateTime now) {
        this.userId = userId;
        this.skuId = skuId;
        this.quantity = quantity;
        this.selected = selected;
        this.addedAt = now;
    }

    public void change(int quantity, Boolean selected) {
        this.quantity = quantity;
        if (selected != null) {
            this.selected = selected;
        }
    }

    public void select(boolean selected) {
        this.selected = selected;
    }

    public String userId() { return userId; }
    public String skuId() { return skuId; }
    public int quantity() { return quantity; }
    public boolean selected() { return selected; }
    public OffsetDateTime addedAt() { return addedAt; }
}
