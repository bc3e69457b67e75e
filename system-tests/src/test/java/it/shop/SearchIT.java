package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.get;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.shop.Operator.Sku;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Search over the public URL: Chinese segmentation, filters, facets, sorts, paging, suggest and
 * hot words, fed by catalog, inventory and order events; a rebuild while queries run.
 */
class SearchIT {

    /** How long a change may take to become searchable here; the contract's 1 s p99 is measured by bench/search.sh. */
    private static final long VISIBLE_WITHIN = 5_000;

    private final Operator operator = new Operator();

    @AfterEach
    void cleanUp() {
        operator.cleanUp();
    }

    static JsonObject search(String query) {
        HttpResponse<String> response = get(PUBLIC + "/search/products?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    static String q(String text) {
        return "q=" + RunningShop.encoded(text);
    }

    static List<String> ids(JsonObject result) {
        return result.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("id")).toList();
    }

    /** A token no demo product contains, to find exactly the test's products. */
    static String token() {
        StringBuilder token = new StringBuilder("zq");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            token.append((char) ('a' + random.nextInt(26)));
        }
        return token.toString();
    }

    JsonObject awaitFound(String query, String productId) {
        return Shopping.await(() -> search(query), r -> ids(r).contains(productId), VISIBLE_WITHIN, "searchable: " + query);
    }

    @Test
    void a_chinese_word_finds_longer_compound_names_and_is_highlighted() {
        JsonObject phones = search(q("手机") + "&size=100");
        assertTrue(phones.getJsonNumber("total").longValue() >= 5, phones.toString());
        for (JsonObject hit : phones.getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (hit.getString("name").contains("手机")) {
                assertTrue(hit.getString("highlightedName").contains("<em>"), hit.toString());
            }
        }
        List<String> names = phones.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(h -> h.getString("name")).toList();
        assertTrue(names.stream().anyMatch(n -> n.startsWith("华为智能手机")), "手机 finds 华为智能手机: " + names);

        JsonObject huaweiPhones = search(q("华为 手机"));
        assertTrue(huaweiPhones.getJsonNumber("total").longValue() >= 1);
        for (JsonObject hit : huaweiPhones.getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertTrue(hit.getString("name").contains("华为") || hit.getString("highlightedName").contains("华为"), hit.toString());
        }
        assertTrue(huaweiPhones.getJsonNumber("total").longValue() < phones.getJsonNumber("total").longValue(), "both words must match");
        assertEquals(0, search(q("不存在的商品名字xyz")).getJsonNumber("total").longValue());
    }

    @Test
    void a_published_product_becomes_searchable_edits_follow_and_an_unpublished_one_disappears() {
        String token = token();
        String phones = Operator.category("智能手机");
        Instant start = Instant.now();
        JsonObject product = operator.published(Operator.product("华为智能手机 " + token, phones, Sku.of("黑色", 123400)));
        String id = product.getString("id");
        JsonObject found = awaitFound(q(token), id);
        System.out.println("searchable after " + (Instant.now().toEpochMilli() - start.toEpochMilli()) + " ms (publish included)");
        assertEquals(123400, found.getJsonArray("items").getJsonObject(0).getJsonNumber("price").longValue());
        assertTrue(found.getJsonArray("items").getJsonObject(0).getString("highlightedName").contains("<em>" + token + "</em>"),
                found.toString());

        String sku = product.getJsonArray("skus").getJsonObject(0).getString("id");
        HttpResponse<String> edited = operator.edit(id, json(operator.send("GET", "/catalog/operator/products/" + id, null))
                .getJsonNumber("version").longValue(), Operator.product("荣耀平板 " + token, phones, new Sku(sku, "黑色", 99900)));
        assertEquals(200, edited.statusCode(), edited.body());
        Shopping.await(() -> search(q(token + " 平板")), r -> ids(r).contains(id), VISIBLE_WITHIN, "the new name is searchable");
        Shopping.await(() -> search(q(token) + "&maxPrice=100000"), r -> ids(r).contains(id), VISIBLE_WITHIN, "the new price is searchable");

        operator.act(id, "unpublish");
        Shopping.await(() -> search(q(token)), r -> r.getJsonNumber("total").longValue() == 0, VISIBLE_WITHIN, "gone after unpublishing");
    }

    @Test
    void filters_by_category_with_its_sub_categories_brand_and_price_over_every_sku() {
        String token = token();
        String phones = Operator.category("智能手机");
        String huawei = Operator.brand("Huawei");
        String cheap = operator.published(Operator.product("手机 " + token + " 便宜", phones, Sku.of("黑色", 5_000), Sku.of("白色", 900_000))
                .add("brandId", huawei)).getString("id");
        String dear = operator.published(Operator.product("手机 " + token + " 贵", phones, Sku.of("黑色", 800_000))).getString("id");
        Shopping.await(() -> search(q(token)), r -> ids(r).containsAll(List.of(cheap, dear)), VISIBLE_WITHIN, "both searchable");

        String top = RunningShop.parse(get(PUBLIC + "/catalog/categories").body()).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("手机数码")).findFirst().orElseThrow().getString("id");
        assertEquals(List.of(cheap, dear).stream().sorted().toList(), ids(search(q(token) + "&categoryId=" + top)).stream().sorted().toList(),
                "a top-level category finds the products of its sub-categories");
        assertEquals(0, search(q(token) + "&categoryId=" + Operator.category("笔记本")).getJsonNumber("total").longValue());
        assertEquals(List.of(cheap), ids(search(q(token) + "&brandId=" + huawei)));
        assertEquals(List.of(cheap), ids(search(q(token) + "&minPrice=850000&maxPrice=950000")), "matched through its second SKU");
        assertEquals(List.of(cheap, dear), ids(search(q(token) + "&sort=price_asc")));
        assertEquals(List.of(dear, cheap), ids(search(q(token) + "&sort=price_desc")));
        assertEquals(List.of(dear, cheap), ids(search(q(token) + "&sort=newest")));
    }

    @Test
    void facets_count_the_results_by_category_brand_and_price_band() {
        // Other tests' products may still be leaving the index: compare once the results are settled.
        Shopping.await(SearchIT::facetsAgreeWithFilters, agree -> agree, VISIBLE_WITHIN, "facet counts equal to what their filters find");
    }

    private static boolean facetsAgreeWithFilters() {
        JsonObject result = search(q("手机") + "&size=1");
        long total = result.getJsonNumber("total").longValue();
        JsonObject facets = result.getJsonObject("facets");
        long byCategory = facets.getJsonArray("category").getValuesAs(JsonObject.class).stream().mapToLong(c -> c.getJsonNumber("count").longValue()).sum();
        long byBand = facets.getJsonArray("price").getValuesAs(JsonObject.class).stream().mapToLong(c -> c.getJsonNumber("count").longValue()).sum();
        assertEquals(total, byCategory, "each product is in one category");
        assertEquals(total, byBand, "each product is in one price band");
        JsonObject brand = facets.getJsonArray("brand").getJsonObject(0);
        assertFalse(brand.getString("name").isBlank());
        JsonObject category = facets.getJsonArray("category").getJsonObject(0);
        return brand.getJsonNumber("count").longValue()
                == search(q("手机") + "&size=1&brandId=" + brand.getString("id")).getJsonNumber("total").longValue()
                && category.getJsonNumber("count").longValue()
                == search(q("手机") + "&size=1&categoryId=" + category.getString("id")).getJsonNumber("total").longValue();
    }

    @Test
    void paging_follows_the_contract_and_pages_do_not_overlap() {
        // Products other tests deleted may still be leaving the index: read both pages of one state.
        JsonObject[] pages = Shopping.await(() -> new JsonObject[] {search("size=5&page=0&sort=price_asc"), search("size=5&page=1&sort=price_asc")},
                p -> p[0].getJsonNumber("total").equals(p[1].getJsonNumber("total")), 10_000, "two pages of the same index state");
        JsonObject first = pages[0];
        JsonObject second = pages[1];
        assertEquals(5, first.getJsonArray("items").size());
        assertEquals(0, first.getInt("page"));
        assertEquals(5, first.getInt("size"));
        assertEquals(first.getJsonNumber("total"), second.getJsonNumber("total"));
        List<String> both = new ArrayList<>(ids(first));
        both.retainAll(ids(second));
        assertTrue(both.isEmpty(), "no product on two pages");
        assertTrue(first.getJsonNumber("total").longValue() >= 200, "the whole demo catalog is indexed");
    }

    @Test
    void bad_parameters_are_400_problems() {
        for (String bad : new String[] {"page=-1", "size=0", "size=101", "sort=cheapest", "minPrice=abc", "maxPrice=1.5",
                "minPrice=500&maxPrice=100", "inStock=maybe", "q=" + "长".repeat(101)}) {
            assertProblem(get(PUBLIC + "/search/products?" + RunningShop.encoded(bad).replace("%3D", "=").replace("%26", "&")), 400,
                    "VALIDATION_FAILED");
        }
        assertProblem(get(PUBLIC + "/search/suggest"), 400, "VALIDATION_FAILED");
        assertProblem(get(PUBLIC + "/search/suggest?q=a&limit=0"), 400, "VALIDATION_FAILED");
    }

    @Test
    void suggest_completes_chinese_and_latin_prefixes() {
        List<String> huawei = RunningShop.parse(get(PUBLIC + "/search/suggest?q=" + RunningShop.encoded("华为")).body()).asJsonArray()
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertFalse(huawei.isEmpty());
        huawei.forEach(s -> assertTrue(s.contains("华为"), s));
        assertFalse(RunningShop.parse(get(PUBLIC + "/search/suggest?q=hua").body()).asJsonArray().isEmpty(), "Latin prefix of Huawei");
    }

    @Test
    void a_term_searched_often_becomes_a_hot_word() {
        String token = token();
        String phones = Operator.category("智能手机");
        String id = operator.published(Operator.product("热门 " + token, phones, Sku.of("黑色", 100))).getString("id");
        awaitFound(q(token), id);
        for (int i = 0; i < 30; i++) {
            search(q(token));
        }
        Shopping.await(() -> get(PUBLIC + "/search/hot-words?limit=50").body(), b -> b.contains(token), 30_000, "hot word " + token);
    }

    @Test
    void stock_announced_by_inventory_drives_the_in_stock_filter() throws Exception {
        String token = token();
        String phones = Operator.category("智能手机");
        JsonObject product = operator.published(Operator.product("库存 " + token, phones, Sku.of("黑色", 100)));
        String id = product.getString("id");
        awaitFound(q(token) + "&inStock=true", id);
        // inventory-war owns stock; this new SKU has none there yet, so the test announces it as inventory would.
        announceStock(product.getJsonArray("skus").getJsonObject(0).getString("id"), 0);
        Shopping.await(() -> search(q(token) + "&inStock=false"), r -> ids(r).contains(id), VISIBLE_WITHIN, "out of stock");
        assertFalse(ids(search(q(token) + "&inStock=true")).contains(id));
        announceStock(product.getJsonArray("skus").getJsonObject(0).getString("id"), 7);
        Shopping.await(() -> search(q(token) + "&inStock=true"), r -> ids(r).contains(id), VISIBLE_WITHIN, "back in stock");
    }

    @Test
    void paid_orders_count_as_sales() {
        ProductReviewsIT.Buyer buyer = ProductReviewsIT.buyer();
        String name = json(get(PUBLIC + "/catalog/products/" + buyer.productId())).getString("name");
        long before = salesOf(name, buyer.productId());
        ProductReviewsIT.paid(buyer);
        Shopping.await(() -> salesOf(name, buyer.productId()), s -> s == before + 1, VISIBLE_WITHIN, "one more sold");
    }

    @Test
    void a_rebuild_while_queries_run_never_answers_empty() throws Exception {
        long total = search("size=1").getJsonNumber("total").longValue();
        AtomicInteger queries = new AtomicInteger();
        AtomicReference<String> wrong = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread shopper = new Thread(() -> {
            while (!done.get() && wrong.get() == null) {
                HttpResponse<String> response = get(PUBLIC + "/search/products?" + q("手机") + "&size=1");
                queries.incrementAndGet();
                if (response.statusCode() != 200 || json(response).getJsonNumber("total").longValue() == 0) {
                    wrong.set(response.statusCode() + " " + response.body());
                }
            }
        });
        String before = lastRebuild();
        shopper.start();
        HttpResponse<String> started = operator.send("POST", "/search/index/rebuild", null);
        assertEquals(202, started.statusCode(), started.body());
        Shopping.await(() -> lastRebuild(), r -> !r.equals(before), 60_000, "the rebuild finished");
        search("size=1");
        done.set(true);
        shopper.join();
        assertEquals(null, wrong.get(), "every query during the rebuild found products");
        assertTrue(queries.get() > 0);
        assertEquals(total, search("size=1").getJsonNumber("total").longValue(), "the same products after the rebuild");
        assertProblem(Shopping.shopper().post("/search/index/rebuild", null), 403, "FORBIDDEN");
    }

    private String lastRebuild() {
        JsonObject state = json(operator.send("GET", "/search/index", null));
        return state.containsKey("lastRebuild") ? state.getJsonObject("lastRebuild").toString() : "";
    }

    static long salesOf(String name, String productId) {
        return search(q(name) + "&size=100").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("id").equals(productId)).findFirst().orElseThrow(() -> new AssertionError(name + " not found"))
                .getJsonNumber("sales").longValue();
    }

    /** Publishes {@code shop.inventory.stock.changed} as inventory-war does (CONTRACT.md envelope). */
    static void announceStock(String skuId, long available) throws Exception {
        JsonObject event = Json.createObjectBuilder()
                .add("specversion", "1.0").add("id", UUID.randomUUID().toString()).add("source", "/inventory")
                .add("type", "shop.inventory.stock.changed").add("time", Instant.now().toString()).add("subject", skuId)
                .add("datacontenttype", "application/json")
                .add("dataschema", "https://shop.example/events/inventory-stock-changed.json")
                .add("data", Json.createObjectBuilder().add("skuId", skuId).add("available", available).add("reserved", 0)
                        .add("delta", 0).add("reason", "ADJUSTED"))
                .build();
        try (JMSContext publisher = RunningShop.broker().createContext()) {
            TextMessage message = publisher.createTextMessage(event.toString());
            message.setStringProperty("ce_type", "shop.inventory.stock.changed");
            publisher.createProducer().send(publisher.createTopic("shop.inventory"), message);
        }
    }
}
