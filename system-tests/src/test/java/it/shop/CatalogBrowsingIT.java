package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.get;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** Browsing the demo catalog the first start seeded: products, SKUs, categories, brands, stock. */
class CatalogBrowsingIT {

    @Test
    void the_demo_catalog_has_at_least_200_published_products_each_listed_once() {
        List<JsonObject> all = allProducts(null);
        assertTrue(all.size() >= 200, "demo products: " + all.size());
        Set<String> ids = new HashSet<>();
        all.forEach(p -> assertTrue(ids.add(p.getString("id")), "listed once: " + p));
        for (JsonObject card : all) {
            assertTrue(card.getJsonNumber("price").longValue() > 0);
            assertEquals("CNY", card.getString("currency"));
            assertTrue(card.getString("mainImage").startsWith("https://"));
        }
        assertTrue(all.stream().anyMatch(p -> p.getString("name").contains("华为智能手机")), "Chinese names");
    }

    @Test
    void a_product_shows_its_skus_with_specs_and_every_sku_has_stock() {
        JsonObject card = json(get(PUBLIC + "/catalog/products?size=1")).getJsonArray("items").getJsonObject(0);
        HttpResponse<String> response = get(PUBLIC + "/catalog/products/" + card.getString("id"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject product = json(response);
        assertEquals("PUBLISHED", product.getString("status"));
        JsonArray skus = product.getJsonArray("skus");
        assertTrue(skus.size() >= 2, "several SKUs");
        long lowest = Long.MAX_VALUE;
        for (JsonObject sku : skus.getValuesAs(JsonObject.class)) {
            assertFalse(sku.getJsonObject("specs").isEmpty(), "specs such as 颜色 or 尺码");
            lowest = Math.min(lowest, sku.getJsonNumber("price").longValue());
            HttpResponse<String> stock = get(PUBLIC + "/inventory/stock/" + sku.getString("id"));
            assertEquals(200, stock.statusCode(), stock.body());
            assertTrue(json(stock).getInt("available") >= 0);
            assertEquals(0, json(stock).getInt("reserved"));
        }
        assertEquals(lowest, card.getJsonNumber("price").longValue(), "the list shows the lowest SKU price");
        assertFalse(product.getJsonArray("images").isEmpty());
    }

    @Test
    void categories_form_a_three_level_tree_and_filter_with_their_sub_categories() {
        JsonArray tree = RunningShop.parse(get(PUBLIC + "/catalog/categories").body()).asJsonArray();
        assertTrue(tree.size() >= 6, "top-level categories");
        JsonObject top = tree.getJsonObject(0);
        JsonObject middle = top.getJsonArray("children").getJsonObject(0);
        JsonObject leaf = middle.getJsonArray("children").getJsonObject(0);
        assertEquals(3, leaf.getInt("level"));

        Set<String> leaves = new HashSet<>();
        for (JsonObject second : top.getJsonArray("children").getValuesAs(JsonObject.class)) {
            second.getJsonArray("children").getValuesAs(JsonObject.class).forEach(l -> leaves.add(l.getString("id")));
        }
        List<JsonObject> underTop = allProducts("categoryId=" + top.getString("id"));
        assertFalse(underTop.isEmpty(), "the top category's products are those of its leaves");
        underTop.forEach(p -> assertTrue(leaves.contains(p.getString("categoryId")), p.toString()));
    }

    @Test
    void brands_have_logos_and_filter_products() {
        JsonArray brands = RunningShop.parse(get(PUBLIC + "/catalog/brands").body()).asJsonArray();
        assertTrue(brands.size() >= 20, "brands: " + brands.size());
        JsonObject brand = brands.getJsonObject(0);
        assertTrue(brand.getString("logo").startsWith("https://"));
        assertEquals(1, brand.getString("firstLetter").length());
        allProducts("brandId=" + brand.getString("id"))
                .forEach(p -> assertEquals(brand.getString("id"), p.getString("brandId")));
    }

    @Test
    void paging_follows_the_contract() {
        JsonObject page = json(get(PUBLIC + "/catalog/products"));
        assertEquals(0, page.getInt("page"));
        assertEquals(20, page.getInt("size"));
        assertEquals(20, page.getJsonArray("items").size());
        assertTrue(page.getJsonNumber("total").longValue() >= 200);
        assertProblem(get(PUBLIC + "/catalog/products?size=101"), 400, "VALIDATION_FAILED");
        assertProblem(get(PUBLIC + "/catalog/products?page=-1"), 400, "VALIDATION_FAILED");
        assertProblem(get(PUBLIC + "/catalog/products?page=abc"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void unknown_products_and_skus_are_not_found() {
        assertProblem(get(PUBLIC + "/catalog/products/no-such-product"), 404, "NOT_FOUND");
        assertProblem(get(PUBLIC + "/inventory/stock/no-such-sku"), 404, "NOT_FOUND");
        assertEquals(0, json(get(PUBLIC + "/catalog/products?categoryId=no-such-category")).getInt("total"));
    }

    private static List<JsonObject> allProducts(String filter) {
        List<JsonObject> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            HttpResponse<String> response = get(PUBLIC + "/catalog/products?size=100&page=" + page + (filter == null ? "" : "&" + filter));
            assertEquals(200, response.statusCode(), response.body());
            JsonArray items = json(response).getJsonArray("items");
            all.addAll(items.getValuesAs(JsonObject.class));
            if (items.size() < 100) {
                return all;
            }
        }
    }
}
