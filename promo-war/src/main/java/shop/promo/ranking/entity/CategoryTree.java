package shop.promo.ranking.entity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalog's category tree as rankings need it: which categories lie under a category, so a
 * parent's ranking includes the products of its sub-categories.
 */
public final class CategoryTree {

    /** One category and its parent (null at the top). */
    public record Link(String id, String parentId) {
    }

    private final Map<String, List<String>> children = new HashMap<>();
    private final Set<String> known = new TreeSet<>();

    private CategoryTree(List<Link> links) {
        for (Link link : links) {
            known.add(link.id());
            if (link.parentId() != null) {
                children.computeIfAbsent(link.parentId(), p -> new java.util.ArrayList<>()).add(link.id());
            }
        }
    }

    public static CategoryTree of(List<Link> links) {
        return new CategoryTree(links);
    }

    /** A tree that knows no category (the catalog has not answered yet). */
    public static CategoryTree empty() {
        return new CategoryTree(List.of());
    }

    public boolean knows(String categoryId) {
        return known.contains(categoryId);
    }

    /**
     * The category and every category below it. A category the tree does not know (disabled, or
     * created since the tree was read) stands for itself alone, so its own products still rank.
     */
    public Set<String> withDescendants(String categoryId) {
        Set<String> found = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(categoryId));
        while (!next.isEmpty()) {
            String id = next.pop();
            // A cycle cannot come from the catalog, but must not loop here either.
            if (found.add(id)) {
                next.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }
}
