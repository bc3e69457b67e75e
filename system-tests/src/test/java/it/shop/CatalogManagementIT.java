package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.INTERNAL;
import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.get;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import it.shop.Operator.Sku;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Operators manage the catalog over the public URLs; shoppers see only what is published. */
class CatalogManagementIT {

    private final Operator operator = new Operator();

    @AfterEach
    void cleanUp() {
        operator.cleanUp();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_draft_is_invisible_to_shoppers_until_published_and_again_after_unpublishing() {
        String phones = Operator.category("智能手机");
        JsonObject draft = operator.create(Operator.product(unique("华为智能手机 草稿"), phones, Sku.of("黑色", 399900)));
        String id = draft.getString("id");
        assertEquals("DRAFT", draft.getString("status"));
        assertProblem(get(PUBLIC + "/catalog/products/" + id), 404, "NOT_FOUND");
        assertFalse(listed(phones, id));

        JsonObject published = operator.act(id, "publish");
        assertEquals("PUBLISHED", published.getString("status"));
        assertEquals(200, get(PUBLIC + "/catalog/products/" + id).statusCode());
        assertTrue(listed(phones, id), "listed in its category");

        operator.act(id, "unpublish");
        assertProblem(get(PUBLIC + "/catalog/products/" + id), 404, "NOT_FOUND");
        assertFalse(listed(phones, id));
        HttpResponse<String> forOperator = operator.send("GET", "/catalog/operator/products/" + id, null);
        assertEquals("UNPUBLISHED", json(forOperator).getString("status"), "operators still see it");
    }

    @Test
    void a_stale_version_is_409_and_never_overwrites_the_newer_edit() {
        String phones = Operator.category("智能手机");
        JsonObject product = operator.published(Operator.product(unique("编辑手机"), phones, Sku.of("黑色", 100000)));
        long version = product.getJsonNumber("version").longValue();
        String sku = product.getJsonArray("skus").getJsonObject(0).getString("id");

        HttpResponse<String> first = operator.edit(product.getString("id"), version,
                Operator.product("第一位运营的名字", phones, new Sku(sku, "黑色", 90000)));
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(json(first).getJsonNumber("version").longValue() > version);
        HttpResponse<String> second = operator.edit(product.getString("id"), version,
                Operator.product("第二位运营的名字", phones, new Sku(sku, "黑色", 80000)));
        assertProblem(second, 409, "CONFLICT");

        JsonObject shown = json(get(PUBLIC + "/catalog/products/" + product.getString("id")));
        assertEquals("第一位运营的名字", shown.getString("name"), "the detail shows the edit at once");
        assertEquals(90000, shown.getJsonArray("skus").getJsonObject(0).getJsonNumber("price").longValue());
        assertEquals(json(first).getJsonNumber("version").longValue(), shown.getJsonNumber("version").longValue());
    }

    @Test
    void skus_sent_with_an_id_keep_it_new_ones_are_added_and_those_left_out_are_disabled() {
        String phones = Operator.category("智能手机");
        JsonObject product = operator.published(Operator.product(unique("三色手机"), phones,
                Sku.of("黑色", 100000), Sku.of("白色", 110000)));
        String black = product.getJsonArray("skus").getJsonObject(0).getString("id");
        String white = product.getJsonArray("skus").getJsonObject(1).getString("id");

        HttpResponse<String> edited = operator.edit(product.getString("id"), product.getJsonNumber("version").longValue(),
                Operator.product("三色手机", phones, new Sku(white, "白色", 105000), Sku.of("红色", 120000)));
        assertEquals(200, edited.statusCode(), edited.body());

        JsonObject shown = json(get(PUBLIC + "/catalog/products/" + product.getString("id")));
        List<String> skus = shown.getJsonArray("skus").getValuesAs(JsonObject.class).stream().map(s -> s.getString("id")).toList();
        assertEquals(2, skus.size(), shown.toString());
        assertEquals(white, skus.get(0), "kept its id");
        assertFalse(skus.contains(black), "left out: not for sale");
        JsonObject operatorView = json(operator.send("GET", "/catalog/operator/products/" + product.getString("id"), null));
        assertEquals(3, operatorView.getJsonArray("skus").size(), "disabled, never deleted");
        assertTrue(operatorView.getJsonArray("skus").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getString("id").equals(black) && !s.getBoolean("enabled")));
        HttpResponse<String> forSale = get(INTERNAL + "/catalog/internal/skus?id=" + black);
        assertEquals(0, RunningShop.parse(forSale.body()).asJsonArray().size(), "checkout cannot sell the disabled SKU");
    }

    @Test
    void publishing_editing_and_unpublishing_announce_catalog_events_with_the_prices() throws Exception {
        String phones = Operator.category("智能手机");
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer catalog = integrator.createConsumer(integrator.createTopic("shop.catalog"))) {
            integrator.start();
            JsonObject product = operator.create(Operator.product(unique("事件手机"), phones, Sku.of("黑色", 100000)));
            String id = product.getString("id");
            String sku = product.getJsonArray("skus").getJsonObject(0).getString("id");
            JsonObject published = operator.act(id, "publish");

            JsonObject event = Shopping.nextEvent(catalog, id, "shop.catalog.product.published", 10_000);
            assertNotNull(event, "published event");
            assertEquals(published.getJsonNumber("version").longValue(), event.getJsonObject("data").getJsonNumber("version").longValue());
            assertEquals(List.of("手机数码", "手机通讯", "智能手机"), event.getJsonObject("data").getJsonArray("categoryPath")
                    .getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList());

            HttpResponse<String> edited = operator.edit(id, published.getJsonNumber("version").longValue(),
                    Operator.product("事件手机 降价", phones, new Sku(sku, "黑色", 88800)));
            assertEquals(200, edited.statusCode(), edited.body());
            event = Shopping.nextEvent(catalog, id, "shop.catalog.product.updated", 10_000);
            assertNotNull(event, "updated event for the price change");
            JsonObject price = event.getJsonObject("data").getJsonArray("skus").getJsonObject(0).getJsonObject("price");
            assertEquals(88800, price.getJsonNumber("amount").longValue());
            assertEquals("CNY", price.getString("currency"));

            operator.act(id, "unpublish");
            event = Shopping.nextEvent(catalog, id, "shop.catalog.product.unpublished", 10_000);
            assertNotNull(event, "unpublished event");
            assertEquals("UNPUBLISHED", event.getJsonObject("data").getString("status"));
        }
    }

    @Test
    void a_deleted_product_is_gone_for_shoppers_and_operators_and_leaves_sale_with_an_event() throws Exception {
        String phones = Operator.category("智能手机");
        try (JMSContext integrator = RunningShop.broker().createContext();
             JMSConsumer catalog = integrator.createConsumer(integrator.createTopic("shop.catalog"))) {
            integrator.start();
            String id = operator.published(Operator.product(unique("删除手机"), phones, Sku.of("黑色", 100000))).getString("id");
            assertEquals(204, operator.send("DELETE", "/catalog/products/" + id, null).statusCode());
            JsonObject event = Shopping.nextEvent(catalog, id, "shop.catalog.product.unpublished", 10_000);
            assertNotNull(event);
            assertEquals("DELETED", event.getJsonObject("data").getString("status"));
        }
        String id = operator.create(Operator.product(unique("删除草稿"), phones, Sku.of("黑色", 100000))).getString("id");
        assertEquals(204, operator.send("DELETE", "/catalog/products/" + id, null).statusCode());
        assertProblem(get(PUBLIC + "/catalog/products/" + id), 404, "NOT_FOUND");
        assertProblem(operator.send("GET", "/catalog/operator/products/" + id, null), 404, "NOT_FOUND");
        assertProblem(operator.send("POST", "/catalog/products/" + id + "/publish", null), 404, "NOT_FOUND");
        assertProblem(operator.send("DELETE", "/catalog/products/" + id, null), 404, "NOT_FOUND");
    }

    @Test
    void only_operators_manage_products_shoppers_get_403_and_anonymous_callers_401() {
        String phones = Operator.category("智能手机");
        String body = Operator.product("不该出现", phones, Sku.of("黑色", 100)).build().toString();
        Shopping shopper = Shopping.shopper();
        assertProblem(shopper.post("/catalog/products", body), 403, "FORBIDDEN");
        assertProblem(IdentityIT.post("/catalog/products", body, null), 401, "UNAUTHORIZED");
        String id = operator.published(Operator.product(unique("权限手机"), phones, Sku.of("黑色", 100000))).getString("id");
        assertProblem(shopper.post("/catalog/products/" + id + "/unpublish", null), 403, "FORBIDDEN");
        assertProblem(IdentityIT.authorized("PUT", "/catalog/products/" + id, body, shopper.token()), 403, "FORBIDDEN");
        assertProblem(IdentityIT.authorized("DELETE", "/catalog/products/" + id, null, shopper.token()), 403, "FORBIDDEN");
        assertProblem(shopper.get("/catalog/operator/products"), 403, "FORBIDDEN");
        assertProblem(shopper.get("/catalog/categories?all=true"), 403, "FORBIDDEN");
        assertEquals(200, get(PUBLIC + "/catalog/products/" + id).statusCode(), "still published");
    }

    @Test
    void bad_products_are_refused_with_problems_and_nothing_is_written() {
        String phones = Operator.category("智能手机");
        String parent = RunningShop.parse(get(PUBLIC + "/catalog/categories").body()).asJsonArray().getJsonObject(0).getString("id");
        long before = operatorTotal();
        assertProblem(operator.send("POST", "/catalog/products", "{\"name\":\"\",\"categoryId\":\"" + phones + "\",\"skus\":[]}"),
                400, "VALIDATION_FAILED");
        assertProblem(operator.send("POST", "/catalog/products", Operator.product("零元", phones, Sku.of("黑色", 0)).build().toString()),
                400, "VALIDATION_FAILED");
        assertProblem(operator.send("POST", "/catalog/products", "{\"name\":\"x\",\"categoryId\":\"" + phones
                + "\",\"skus\":[{\"price\":\"abc\"}]}"), 400, "MALFORMED_REQUEST");
        assertProblem(operator.send("POST", "/catalog/products", "{\"name\":\"x\",\"categoryId\":\"" + phones
                + "\",\"images\":[\"javascript:alert(1)\"],\"skus\":[]}"), 400, "VALIDATION_FAILED");
        assertProblem(operator.send("POST", "/catalog/products", Operator.product("同款", phones, Sku.of("黑色", 10), Sku.of("黑色", 20))
                .build().toString()), 400, "VALIDATION_FAILED");
        assertProblem(operator.send("POST", "/catalog/products", "{not json"), 400, "MALFORMED_REQUEST");
        assertProblem(operator.send("POST", "/catalog/products", Operator.product("无类目", "no-such-category", Sku.of("黑色", 10))
                .build().toString()), 422, "INVALID_REFERENCE");
        assertProblem(operator.send("POST", "/catalog/products", Operator.product("大类目", parent, Sku.of("黑色", 10))
                .build().toString()), 422, "INVALID_REFERENCE");
        assertProblem(operator.send("POST", "/catalog/products", Operator.product("无品牌", phones, Sku.of("黑色", 10))
                .add("brandId", "no-such-brand").build().toString()), 422, "INVALID_REFERENCE");
        assertEquals(before, operatorTotal(), "nothing written");

        JsonObject draft = operator.create(Operator.product(unique("无规格"), phones));
        assertProblem(operator.send("POST", "/catalog/products/" + draft.getString("id") + "/publish", null), 409, "INVALID_STATE");
        assertProblem(operator.send("POST", "/catalog/products/" + draft.getString("id") + "/unpublish", null), 409, "INVALID_STATE");
        assertProblem(operator.send("PUT", "/catalog/products/" + draft.getString("id"),
                Operator.product("无版本", phones).build().toString()), 400, "VALIDATION_FAILED");
        assertProblem(operator.send("PUT", "/catalog/products/no-such-product",
                Operator.product("x", phones).add("version", 1).build().toString()), 404, "NOT_FOUND");
    }

    @Test
    void hostile_text_is_stored_verbatim_and_served_as_json() {
        String phones = Operator.category("智能手机");
        String hostile = "<script>alert('x')</script>'; DROP TABLE product; -- 😀 Ωmega 手机";
        JsonObject product = operator.published(Operator.product(hostile, phones, Sku.of("黑色", 100)));
        JsonObject shown = json(get(PUBLIC + "/catalog/products/" + product.getString("id")));
        assertEquals(hostile, shown.getString("name"));
    }

    @Test
    void categories_have_three_levels_unique_sibling_names_and_a_version() {
        String top = unique("测试大类");
        HttpResponse<String> level1 = operator.send("POST", "/catalog/categories", "{\"name\":\"" + top + "\",\"sortOrder\":999}");
        assertEquals(201, level1.statusCode(), level1.body());
        String l1 = json(level1).getString("id");
        String l2 = json(operator.send("POST", "/catalog/categories", "{\"name\":\"中类\",\"parentId\":\"" + l1 + "\"}")).getString("id");
        JsonObject leaf = json(operator.send("POST", "/catalog/categories",
                "{\"name\":\"小类\",\"parentId\":\"" + l2 + "\",\"specs\":[\"颜色\",\"存储\"]}"));
        assertEquals(3, leaf.getInt("level"));
        assertEquals(2, leaf.getJsonArray("specs").size());
        assertProblem(operator.send("POST", "/catalog/products", Json.createObjectBuilder().add("name", "尺码不对").add("categoryId", leaf.getString("id"))
                .add("skus", Json.createArrayBuilder().add(Json.createObjectBuilder().add("specs", Json.createObjectBuilder().add("尺码", "XL"))
                        .add("price", 100))).build().toString()), 400, "VALIDATION_FAILED");
        operator.create(Operator.product(unique("规格对"), leaf.getString("id"), Sku.of("黑色", 100)));
        assertProblem(operator.send("POST", "/catalog/categories", "{\"name\":\"第四层\",\"parentId\":\"" + leaf.getString("id") + "\"}"),
                400, "VALIDATION_FAILED");
        assertProblem(operator.send("POST", "/catalog/categories", "{\"name\":\"中类\",\"parentId\":\"" + l1 + "\"}"), 409, "CONFLICT");
        assertProblem(operator.send("POST", "/catalog/categories", "{\"name\":\"x\",\"parentId\":\"nope\"}"), 422, "INVALID_REFERENCE");

        assertTrue(treeContains(get(PUBLIC + "/catalog/categories").body(), top));
        JsonObject disabled = json(operator.send("PUT", "/catalog/categories/" + l1, Json.createObjectBuilder().add("name", top)
                .add("sortOrder", 999).add("enabled", false).add("version", json(level1).getJsonNumber("version").longValue())
                .build().toString()));
        assertFalse(disabled.getBoolean("enabled"));
        assertFalse(treeContains(get(PUBLIC + "/catalog/categories").body(), top), "hidden from shoppers");
        assertTrue(treeContains(operator.send("GET", "/catalog/categories?all=true", null).body(), top), "operators see it");
        assertProblem(operator.send("PUT", "/catalog/categories/" + l1, Json.createObjectBuilder().add("name", top)
                .add("sortOrder", 1).add("enabled", true).add("version", json(level1).getJsonNumber("version").longValue())
                .build().toString()), 409, "CONFLICT");
    }

    @Test
    void brands_have_unique_names_a_first_letter_and_a_version() {
        String name = unique("Brand");
        HttpResponse<String> created = operator.send("POST", "/catalog/brands",
                "{\"name\":\"" + name + "\",\"logo\":\"https://img.shop.example/b.png\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("B", json(created).getString("firstLetter"));
        assertProblem(operator.send("POST", "/catalog/brands", "{\"name\":\"" + name.toUpperCase() + "\"}"), 409, "CONFLICT");
        JsonObject chinese = json(operator.send("POST", "/catalog/brands", "{\"name\":\"" + unique("华") + "\",\"nameEn\":\"Hua\"}"));
        assertEquals("H", chinese.getString("firstLetter"), "from the English name");
        String id = json(created).getString("id");
        long version = json(created).getJsonNumber("version").longValue();
        assertEquals(200, operator.send("PUT", "/catalog/brands/" + id, "{\"name\":\"" + name + " 2\",\"version\":" + version + "}")
                .statusCode());
        assertProblem(operator.send("PUT", "/catalog/brands/" + id, "{\"name\":\"" + name + " 3\",\"version\":" + version + "}"),
                409, "CONFLICT");
        assertTrue(get(PUBLIC + "/catalog/brands").body().contains(name + " 2"));
    }

    @Test
    void the_change_feed_lists_changes_in_order_on_the_internal_surface_only() {
        String phones = Operator.category("智能手机");
        long latest = json(get(INTERNAL + "/catalog/internal/product-changes?after=0&limit=1")).getJsonNumber("latest").longValue();
        String id = operator.published(Operator.product(unique("变更手机"), phones, Sku.of("黑色", 100000))).getString("id");
        JsonObject feed = json(get(INTERNAL + "/catalog/internal/product-changes?after=" + latest));
        List<JsonObject> items = feed.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, items.stream().filter(i -> i.getString("productId").equals(id)).count(), "once, at its latest change");
        JsonObject item = items.stream().filter(i -> i.getString("productId").equals(id)).findFirst().orElseThrow();
        assertEquals("PUBLISHED", item.getString("status"));
        assertTrue(item.getJsonNumber("changeSeq").longValue() > latest);
        assertEquals(feed.getJsonNumber("last").longValue(), items.get(items.size() - 1).getJsonNumber("changeSeq").longValue());
        long previous = latest;
        for (JsonObject i : items) {
            assertTrue(i.getJsonNumber("changeSeq").longValue() > previous, "in order");
            previous = i.getJsonNumber("changeSeq").longValue();
        }
        assertEquals(404, get(PUBLIC + "/catalog/internal/product-changes?after=0").statusCode(), "not on the public surface");
        assertProblem(get(INTERNAL + "/catalog/internal/product-changes?after=-1"), 400, "VALIDATION_FAILED");
    }

    private boolean listed(String categoryId, String productId) {
        return get(PUBLIC + "/catalog/products?size=100&categoryId=" + categoryId).body().contains(productId);
    }

    private long operatorTotal() {
        return json(operator.send("GET", "/catalog/operator/products?size=1", null)).getJsonNumber("total").longValue();
    }

    private static boolean treeContains(String tree, String name) {
        return tree.contains("\"" + name + "\"");
    }
}
