package shop.catalog.category.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.catalog.category.entity.Category;

/** Reads the category tree: the enabled tree for shoppers, and a category's descendants for filters. */
@ApplicationScoped
public class CategoryTree {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    /** A category with its enabled children, in display order. */
    public record Node(Category category, List<Node> children) {
    }

    public List<Node> enabledTree() {
        return tree(em.createQuery("SELECT c FROM Category c WHERE c.enabled = TRUE", Category.class).getResultList());
    }

    /** Every category, disabled ones included (operators). */
    public List<Node> wholeTree() {
        return tree(em.createQuery("SELECT c FROM Category c", Category.class).getResultList());
    }

    private static List<Node> tree(List<Category> all) {
        Map<String, List<Category>> byParent = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparingInt(Category::sortOrder).thenComparing(Category::name))
                .forEach(c -> byParent.computeIfAbsent(c.parentId() == null ? "" : c.parentId(), k -> new ArrayList<>()).add(c));
        return nodes("", byParent);
    }

    /** The category and everything below it; empty when it does not exist. */
    public Set<String> withDescendants(String categoryId) {
        List<Object[]> links = em.createQuery("SELECT c.id, c.parentId FROM Category c", Object[].class).getResultList();
        Set<String> found = new HashSet<>();
        if (links.stream().noneMatch(l -> categoryId.equals(l[0]))) {
            return found;
        }
        found.add(categoryId);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Object[] link : links) {
                if (link[1] != null && found.contains((String) link[1]) && found.add((String) link[0])) {
                    grew = true;
                }
            }
        }
        return found;
    }

    /** Every category by id, enabled or not. */
    public Map<String, Category> all() {
        Map<String, Category> all = new LinkedHashMap<>();
        em.createQuery("SELECT c FROM Category c", Category.class).getResultList().forEach(c -> all.put(c.id(), c));
        return all;
    }

    /** The categories from the root down to {@code categoryId}, looked up in {@code all}. */
    public static List<Category> path(String categoryId, Map<String, Category> all) {
        List<Category> path = new ArrayList<>();
        for (Category c = all.get(categoryId); c != null && path.size() < 3; c = c.parentId() == null ? null : all.get(c.parentId())) {
            path.add(0, c);
        }
        return path;
    }

    private static List<Node> nodes(String parent, Map<String, List<Category>> byParent) {
        List<Node> nodes = new ArrayList<>();
        for (Category child : byParent.getOrDefault(parent, List.of())) {
            nodes.add(new Node(child, nodes(child.id(), byParent)));
        }
        return nodes;
    }
}
