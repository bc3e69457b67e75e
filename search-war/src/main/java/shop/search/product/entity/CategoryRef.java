package shop.search.product.entity;

import java.util.Objects;

/** One level of a product's category path: the category's id and display name. */
public record CategoryRef(String id, String name) {
    public CategoryRef {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
    }
}
