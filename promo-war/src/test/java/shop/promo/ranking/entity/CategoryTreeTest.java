package shop.promo.ranking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import shop.promo.ranking.entity.CategoryTree.Link;

class CategoryTreeTest {

    // 数码 > 手机通讯 > {智能手机, 老人机}; 数码 > 电脑 > 笔记本; 服饰 (no children)
    static final CategoryTree TREE = CategoryTree.of(List.of(
            new Link("digital", null), new Link("phones", "digital"), new Link("smart", "phones"), new Link("senior", "phones"),
            new Link("computers", "digital"), new Link("laptops", "computers"), new Link("clothes", null)));

    @Test
    void a_top_category_includes_every_category_below_it() {
        assertEquals(Set.of("digital", "phones", "smart", "senior", "computers", "laptops"), TREE.withDescendants("digital"));
    }

    @Test
    void a_middle_category_includes_its_children_only() {
        assertEquals(Set.of("phones", "smart", "senior"), TREE.withDescendants("phones"));
    }

    @Test
    void a_leaf_is_itself() {
        assertEquals(Set.of("laptops"), TREE.withDescendants("laptops"));
        assertEquals(Set.of("clothes"), TREE.withDescendants("clothes"));
    }

    @Test
    void a_category_the_tree_does_not_know_stands_for_itself() {
        assertFalse(TREE.knows("new-one"));
        assertEquals(Set.of("new-one"), TREE.withDescendants("new-one"));
        assertEquals(Set.of("x"), CategoryTree.empty().withDescendants("x"));
        assertTrue(TREE.knows("senior"));
    }
}
