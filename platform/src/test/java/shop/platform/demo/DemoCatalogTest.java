package shop.platform.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import shop.platform.demo.DemoCatalog.Brand;
import shop.platform.demo.DemoCatalog.Category;
import shop.platform.demo.DemoCatalog.Product;
import shop.platform.demo.DemoCatalog.Sku;

class DemoCatalogTest {

    private final DemoCatalog catalog = DemoCatalog.standard();

    // --- size and shape ------------------------------------------------------------------------

    @Test
    void has_at_least_200_products_and_20_brands() {
        assertTrue(catalog.products().size() >= 200, "products: " + catalog.products().size());
        assertTrue(catalog.brands().size() >= 20, "brands: " + catalog.brands().size());
    }

    @Test
    void the_category_tree_has_three_levels_of_at_least_6_12_and_20_categories() {
        Map<Integer, Long> perLevel = catalog.categories().stream()
                .collect(Collectors.groupingBy(Category::level, Collectors.counting()));

        assertEquals(Set.of(1, 2, 3), perLevel.keySet());
        assertTrue(perLevel.get(1) >= 6, "top level: " + perLevel.get(1));
        assertTrue(perLevel.get(2) >= 12, "second level: " + perLevel.get(2));
        assertTrue(perLevel.get(3) >= 20, "leaves: " + perLevel.get(3));
    }

    @Test
    void every_category_below_the_top_has_a_parent_one_level_up_that_comes_before_it() {
        Map<String, Category> seen = new HashMap<>();
        for (Category category : catalog.categories()) {
            if (category.level() == 1) {
                assertNull(category.parentId(), category.name());
            } else {
                Category parent = seen.get(category.parentId());
                assertNotNull(parent, category.name() + " comes before its parent or has none");
                assertEquals(category.level() - 1, parent.level(), category.name());
            }
            seen.put(category.id(), category);
        }
    }

    @Test
    void every_non_leaf_category_has_children_and_siblings_are_numbered_from_1() {
        Map<String, List<Category>> children = new HashMap<>();
        for (Category category : catalog.categories()) {
            children.computeIfAbsent(String.valueOf(category.parentId()), k -> new ArrayList<>()).add(category);
        }
        for (Category category : catalog.categories()) {
            if (category.level() < 3) {
                assertTrue(children.containsKey(category.id()), category.name() + " has no children");
            }
        }
        for (List<Category> siblings : children.values()) {
            for (int i = 0; i < siblings.size(); i++) {
                assertEquals(i + 1, siblings.get(i).sortOrder(), siblings.get(i).name());
            }
        }
    }

    @Test
    void the_tree_holds_the_well_known_categories() {
        Map<String, Category> byName = catalog.categories().stream()
                .collect(Collectors.toMap(Category::name, Function.identity()));

        assertPath(byName, "手机数码", "手机通讯", "智能手机");
        assertPath(byName, "手机数码", "手机通讯", "老人机");
        assertPath(byName, "手机数码", "数码配件", "充电器");
        assertPath(byName, "电脑办公", "电脑整机", "笔记本");
        assertPath(byName, "服饰鞋包", "男装", "T恤");
        assertPath(byName, "服饰鞋包", "运动鞋", "跑步鞋");
        assertPath(byName, "家用电器", "厨房电器", "空气炸锅");
        assertPath(byName, "食品生鲜", "茶饮", "绿茶");
        assertPath(byName, "美妆个护", "面部护肤", "面霜");
        assertPath(byName, "家居家装", "床上用品", "四件套");
        assertEquals("Phones & Digital", byName.get("手机数码").nameEn());
    }

    private static void assertPath(Map<String, Category> byName, String top, String second, String leaf) {
        assertEquals(byName.get(top).id(), byName.get(second).parentId(), second + " under " + top);
        assertEquals(byName.get(second).id(), byName.get(leaf).parentId(), leaf + " under " + second);
        assertEquals(3, byName.get(leaf).level(), leaf);
    }

    @Test
    void every_product_is_in_a_leaf_category_and_every_leaf_has_products() {
        Map<String, Category> categories = categoriesById();
        Set<String> leavesWithProducts = new HashSet<>();
        for (Product product : catalog.products()) {
            Category category = categories.get(product.categoryId());
            assertNotNull(category, product.name());
            assertEquals(3, category.level(), product.name());
            leavesWithProducts.add(category.id());
        }
        Set<String> leaves = catalog.categories().stream().filter(c -> c.level() == 3)
                .map(Category::id).collect(Collectors.toSet());
        assertEquals(leaves, leavesWithProducts);
    }

    @Test
    void every_product_has_an_existing_brand_and_every_brand_has_products() {
        Set<String> brandIds = catalog.brands().stream().map(Brand::id).collect(Collectors.toSet());
        Set<String> used = catalog.products().stream().map(Product::brandId).collect(Collectors.toSet());

        assertEquals(brandIds, used);
    }

    // --- determinism ---------------------------------------------------------------------------

    @Test
    void standard_always_describes_the_same_catalog() {
        DemoCatalog again = DemoCatalog.generate();

        assertSame(catalog, DemoCatalog.standard());
        assertEquals(catalog.categories(), again.categories());
        assertEquals(catalog.brands(), again.brands());
        assertEquals(catalog.products(), again.products());
    }

    @Test
    void ids_are_name_based_uuids_of_kind_and_natural_key_and_never_change() {
        assertEquals("81eeb565-d9fd-30d4-8e3f-05d4ab81d27a", catalog.categories().get(0).id());
        assertEquals("81eeb565-d9fd-30d4-8e3f-05d4ab81d27a", DemoCatalog.id("category", "digital"));
        assertEquals("7d493c03-76a9-36bf-a334-0f708e7022e0", brandNamed("华为").id());
        assertEquals("7154b248-09ee-30c3-9879-9386aa0ada93", productNamed("华为智能手机 Mate 60 Pro").id());
    }

    @Test
    void every_id_is_a_version_3_uuid_and_unique_across_categories_brands_products_and_skus() {
        List<String> ids = new ArrayList<>();
        catalog.categories().forEach(c -> ids.add(c.id()));
        catalog.brands().forEach(b -> ids.add(b.id()));
        catalog.products().forEach(p -> ids.add(p.id()));
        skus().forEach(s -> ids.add(s.id()));

        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids");
        for (String id : ids) {
            UUID uuid = UUID.fromString(id);
            assertEquals(id, uuid.toString());
            assertEquals(3, uuid.version(), id);
        }
    }

    // --- brands --------------------------------------------------------------------------------

    @Test
    void brands_have_unique_names_a_logo_and_an_index_letter() {
        assertEquals(catalog.brands().size(), catalog.brands().stream().map(Brand::name).distinct().count());
        for (Brand brand : catalog.brands()) {
            assertTrue(brand.logoUrl().matches("https://img\\.shop\\.example/brands/[a-z0-9-]+\\.png"), brand.logoUrl());
            assertTrue(brand.firstLetter().matches("[A-Z]"), brand.name());
            assertFalse(brand.nameEn().isBlank(), brand.name());
        }
        assertEquals("H", brandNamed("华为").firstLetter());
        assertEquals("A", brandNamed("苹果").firstLetter());
        assertEquals("S", brandNamed("三只松鼠").firstLetter());
        assertEquals("https://img.shop.example/brands/li-ning.png", brandNamed("李宁").logoUrl());
    }

    @Test
    void has_the_well_known_brands() {
        Set<String> names = catalog.brands().stream().map(Brand::name).collect(Collectors.toSet());
        for (String name : List.of("华为", "小米", "苹果", "联想", "罗技", "李宁", "安踏", "优衣库", "美的", "九阳",
                "三只松鼠", "良品铺子", "狮峰", "百雀羚", "珀莱雅", "罗莱", "水星家纺", "公牛", "倍思", "漫步者")) {
            assertTrue(names.contains(name), name);
        }
    }

    // --- products ------------------------------------------------------------------------------

    @Test
    void a_huawei_smartphone_and_a_phone_of_another_brand_are_on_sale() {
        assertTrue(catalog.products().stream().anyMatch(p -> p.name().contains("华为智能手机")));
        assertTrue(catalog.products().stream()
                .anyMatch(p -> p.name().contains("手机") && !p.name().contains("华为")));
    }

    @Test
    void product_names_are_unique_and_name_brand_then_category() {
        Map<String, Category> categories = categoriesById();
        Map<String, Brand> brands = catalog.brands().stream().collect(Collectors.toMap(Brand::id, Function.identity()));
        Set<String> names = new HashSet<>();
        Set<String> namesEn = new HashSet<>();
        for (Product product : catalog.products()) {
            assertTrue(names.add(product.name()), "duplicate name " + product.name());
            assertTrue(namesEn.add(product.nameEn()), "duplicate English name " + product.nameEn());
            String prefix = brands.get(product.brandId()).name() + categories.get(product.categoryId()).name() + " ";
            assertTrue(product.name().startsWith(prefix), product.name());
            assertTrue(product.nameEn().startsWith(brands.get(product.brandId()).nameEn() + " "), product.nameEn());
            assertTrue(product.name().length() <= 200, product.name());
        }
    }

    @Test
    void every_product_has_a_one_sentence_chinese_description() {
        for (Product product : catalog.products()) {
            String description = product.description();
            assertTrue(description.startsWith(product.name() + "，"), description);
            assertTrue(description.endsWith("。"), description);
            assertEquals(1, description.chars().filter(ch -> ch == '。').count(), description);
        }
    }

    @Test
    void every_product_has_1_to_5_images_under_its_id_the_first_being_the_main_one() {
        for (Product product : catalog.products()) {
            List<String> images = product.images();
            assertTrue(images.size() >= 1 && images.size() <= 5, product.name() + ": " + images.size());
            for (int n = 1; n <= images.size(); n++) {
                assertEquals("https://img.shop.example/products/" + product.id() + "/" + n + ".jpg", images.get(n - 1));
            }
        }
    }

    // --- SKUs ----------------------------------------------------------------------------------

    @Test
    void every_product_has_2_to_6_skus_with_non_empty_specs_unique_within_the_product() {
        for (Product product : catalog.products()) {
            assertTrue(product.skus().size() >= 2 && product.skus().size() <= 6,
                    product.name() + ": " + product.skus().size());
            Set<Map<String, String>> specs = new HashSet<>();
            for (Sku sku : product.skus()) {
                assertFalse(sku.specs().isEmpty(), product.name());
                sku.specs().forEach((name, value) -> assertFalse(name.isBlank() || value.isBlank(), product.name()));
                assertTrue(specs.add(sku.specs()), product.name() + " repeats " + sku.specs());
            }
            Set<Set<String>> specNames = product.skus().stream().map(s -> s.specs().keySet()).collect(Collectors.toSet());
            assertEquals(1, specNames.size(), product.name() + " mixes spec names");
        }
    }

    @Test
    void specs_fit_the_category_and_keep_their_display_order() {
        assertSpecNames("智能手机", "颜色", "存储");
        assertSpecNames("T恤", "颜色", "尺码");
        assertSpecNames("跑步鞋", "颜色", "尺码");
        assertSpecNames("四件套", "尺寸", "颜色");
        assertSpecNames("面霜", "规格", "版本");
        for (Sku sku : skusIn("跑步鞋")) {
            int size = Integer.parseInt(sku.specs().get("尺码"));
            assertTrue(size >= 39 && size <= 44, "shoe size " + size);
        }
        for (Sku sku : skusIn("智能手机")) {
            assertTrue(Set.of("128GB", "256GB", "512GB").contains(sku.specs().get("存储")), sku.specs().toString());
        }
        for (Sku sku : skusIn("T恤")) {
            assertTrue(Set.of("S", "M", "L", "XL", "XXL").contains(sku.specs().get("尺码")), sku.specs().toString());
        }
    }

    private void assertSpecNames(String leaf, String... names) {
        for (Sku sku : skusIn(leaf)) {
            assertEquals(List.of(names), List.copyOf(sku.specs().keySet()), leaf);
        }
    }

    @Test
    void prices_are_positive_fen_in_CNY() {
        for (Sku sku : skus()) {
            assertTrue(sku.price() > 0, sku.id());
            assertEquals("CNY", sku.currency());
        }
    }

    @Test
    void prices_are_realistic_for_phones_t_shirts_and_nuts() {
        skusIn("智能手机").forEach(s -> assertBetween(399900, 899900, s.price(), "phone"));
        skusIn("T恤").forEach(s -> assertBetween(5900, 19900, s.price(), "T-shirt"));
        skusIn("坚果").forEach(s -> assertBetween(2990, 12900, s.price(), "nuts"));
    }

    @Test
    void more_storage_costs_more() {
        List<String> storage = List.of("128GB", "256GB", "512GB");
        for (Product product : productsIn("智能手机")) {
            Map<String, List<Sku>> byColour = product.skus().stream()
                    .collect(Collectors.groupingBy(s -> s.specs().get("颜色")));
            for (List<Sku> sameColour : byColour.values()) {
                for (int i = 1; i < sameColour.size(); i++) {
                    Sku smaller = sameColour.get(i - 1);
                    Sku bigger = sameColour.get(i);
                    assertTrue(storage.indexOf(smaller.specs().get("存储")) < storage.indexOf(bigger.specs().get("存储")),
                            product.name());
                    assertTrue(smaller.price() < bigger.price(), product.name());
                }
            }
        }
    }

    @Test
    void barcodes_are_valid_ean13_and_unique() {
        Set<String> barcodes = new HashSet<>();
        for (Sku sku : skus()) {
            String barcode = sku.barcode();
            assertTrue(barcode.matches("\\d{13}"), barcode);
            assertTrue(isValidEan13(barcode), barcode);
            assertTrue(barcodes.add(barcode), "duplicate barcode " + barcode);
        }
    }

    @Test
    void the_check_digit_is_the_one_ean13_defines() {
        // 4006381333931 is the textbook example of an EAN-13.
        assertEquals(1, DemoCatalog.ean13CheckDigit("400638133393"));
        assertTrue(isValidEan13("4006381333931"));
        assertFalse(isValidEan13("4006381333932"));
    }

    /** Weights 1,3,1,3,... over all 13 digits; a valid code sums to a multiple of 10. */
    private static boolean isValidEan13(String code) {
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            int digit = code.charAt(i) - '0';
            sum += (i % 2 == 0) ? digit : 3 * digit;
        }
        return sum % 10 == 0;
    }

    @Test
    void weights_are_positive() {
        skus().forEach(s -> assertTrue(s.weightGrams() > 0, s.id()));
    }

    @Test
    void stock_is_0_to_999_and_between_1_and_10_percent_of_skus_are_out_of_stock() {
        List<Sku> skus = skus();
        skus.forEach(s -> assertBetween(0, 999, s.stock(), "stock"));
        long outOfStock = skus.stream().filter(s -> s.stock() == 0).count();
        double share = (double) outOfStock / skus.size();

        assertTrue(share >= 0.01 && share <= 0.10, outOfStock + " of " + skus.size() + " out of stock");
    }

    // --- immutability --------------------------------------------------------------------------

    @Test
    void the_catalog_cannot_be_changed_by_its_readers() {
        Product product = catalog.products().get(0);
        Sku sku = product.skus().get(0);

        assertAll(
                () -> assertThrows(UnsupportedOperationException.class, () -> catalog.products().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> catalog.categories().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> catalog.brands().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> product.skus().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> product.images().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> sku.specs().clear()));
    }

    // --- helpers -------------------------------------------------------------------------------

    private static void assertBetween(long min, long max, long actual, String what) {
        assertTrue(actual >= min && actual <= max, what + " " + actual + " not in " + min + ".." + max);
    }

    private Map<String, Category> categoriesById() {
        return catalog.categories().stream().collect(Collectors.toMap(Category::id, Function.identity()));
    }

    private List<Sku> skus() {
        return catalog.products().stream().flatMap(p -> p.skus().stream()).toList();
    }

    private Brand brandNamed(String name) {
        return catalog.brands().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    private Product productNamed(String name) {
        return catalog.products().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private List<Product> productsIn(String leafName) {
        String leafId = catalog.categories().stream().filter(c -> c.level() == 3 && c.name().equals(leafName))
                .findFirst().orElseThrow().id();
        List<Product> products = catalog.products().stream().filter(p -> p.categoryId().equals(leafId)).toList();
        assertFalse(products.isEmpty(), leafName);
        return products;
    }

    private List<Sku> skusIn(String leafName) {
        return productsIn(leafName).stream().flatMap(p -> p.skus().stream()).toList();
    }
}
