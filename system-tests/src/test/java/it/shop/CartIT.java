package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.get;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * The cart kept server-side, the preview that prices an order without placing it, shipping from
 * the template, and checkout from the cart's selected lines.
 */
class CartIT {

    static HttpResponse<String> put(Shopping shopper, String sku, String body) {
        return IdentityIT.authorized("PUT", "/order/cart/items/" + sku, body, shopper.token());
    }

    static JsonObject cart(Shopping shopper) {
        HttpResponse<String> cart = shopper.get("/order/cart");
        assertEquals(200, cart.statusCode(), cart.body());
        return json(cart);
    }

    static long priceOf(String sku) {
        return RunningShop.parse(get(RunningShop.INTERNAL + "/catalog/internal/skus?id=" + sku).body()).asJsonArray()
                .getJsonObject(0).getJsonNumber("price").longValue();
    }

    @Test
    void lines_are_added_changed_selected_removed_and_cleared_at_current_prices() {
        Shopping shopper = Shopping.shopper();
        String a = StockReservationIT.skuWithStock(10, 999);
        String b = StockReservationIT.skuWithStock(10, 999);
        assertEquals(0, cart(shopper).getJsonArray("items").size(), "a new shopper's cart is empty");

        assertEquals(200, put(shopper, a, "{\"quantity\":2}").statusCode());
        JsonObject cart = json(put(shopper, b, "{\"quantity\":1,\"selected\":false}"));
        assertEquals(2, cart.getJsonArray("items").size());
        JsonObject lineA = line(cart, a);
        assertEquals(2, lineA.getInt("quantity"));
        assertTrue(lineA.getBoolean("selected"));
        assertTrue(lineA.getBoolean("available"));
        assertEquals(priceOf(a), lineA.getJsonNumber("price").longValue(), "the catalog's current price");
        assertEquals(2 * priceOf(a), cart.getJsonObject("totals").getJsonNumber("items").longValue(), "only selected lines count");

        cart = json(put(shopper, a, "{\"quantity\":3}"));
        assertEquals(3, line(cart, a).getInt("quantity"), "putting again changes the quantity");
        cart = json(IdentityIT.authorized("PUT", "/order/cart/selection", "{\"selected\":true}", shopper.token()));
        assertEquals(3 * priceOf(a) + priceOf(b), cart.getJsonObject("totals").getJsonNumber("items").longValue());

        cart = json(IdentityIT.authorized("DELETE", "/order/cart/items/" + a, null, shopper.token()));
        assertEquals(List.of(b), skus(cart));
        cart = json(IdentityIT.authorized("DELETE", "/order/cart", null, shopper.token()));
        assertEquals(0, cart.getJsonArray("items").size());
        assertEquals(0, cart.getJsonObject("totals").getJsonNumber("payable").longValue());
    }

    @Test
    void each_shopper_sees_only_their_own_cart_and_anonymous_callers_get_401() {
        Shopping alice = Shopping.shopper();
        Shopping bob = Shopping.shopper();
        put(alice, StockReservationIT.skuWithStock(5, 999), "{\"quantity\":1}");
        assertEquals(0, cart(bob).getJsonArray("items").size());
        assertProblem(get(PUBLIC + "/order/cart"), 401, "UNAUTHORIZED");
    }

    @Test
    void bad_cart_input_is_refused() {
        Shopping shopper = Shopping.shopper();
        String sku = StockReservationIT.skuWithStock(5, 999);
        assertProblem(put(shopper, sku, "{\"quantity\":0}"), 400, "VALIDATION_FAILED");
        assertProblem(put(shopper, sku, "{\"quantity\":1000}"), 400, "VALIDATION_FAILED");
        assertProblem(put(shopper, sku, "{}"), 400, "VALIDATION_FAILED");
        assertProblem(put(shopper, sku, "{\"quantity\":\"two\"}"), 400, "MALFORMED_REQUEST");
        assertProblem(put(shopper, "no-such-sku", "{\"quantity\":1}"), 422, "INVALID_REFERENCE");
        assertEquals(0, cart(shopper).getJsonArray("items").size(), "nothing was added");
    }

    @Test
    void the_preview_prices_like_the_order_and_places_nothing() {
        Shopping shopper = Shopping.shopper();
        String sku = StockReservationIT.skuWithStock(5, 999);
        int[] before = StockReservationIT.stock(sku);
        String body = Shopping.body(shopper.addressId(), sku, 1);
        HttpResponse<String> preview = shopper.post("/order/orders/preview", body);
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject quote = json(preview);
        assertEquals(0, shopper.ordersListed(), "nothing placed");
        assertEquals(before[1], StockReservationIT.stock(sku)[1], "nothing reserved");
        long items = quote.getJsonObject("totals").getJsonNumber("items").longValue();
        long shipping = quote.getJsonObject("totals").getJsonNumber("shipping").longValue();
        assertEquals(priceOf(sku), items);
        assertEquals(expectedShipping(sku, 1, items), shipping, "the default template: 8 yuan for the first kilogram, 2 for each"
                + " started one after it, free from 99 yuan");
        assertEquals(items + shipping, quote.getJsonObject("totals").getJsonNumber("payable").longValue());
        assertTrue(quote.getJsonArray("adjustments").toString().contains("SHIPPING"), "the preview explains the shipping");
        assertEquals(sku, quote.getJsonArray("lines").getJsonObject(0).getString("skuId"));

        JsonObject order = shopper.placed(sku, 1);
        assertEquals(quote.getJsonObject("totals"), order.getJsonObject("totals"), "the order is priced as previewed");
    }

    @Test
    void checkout_from_the_cart_takes_the_selected_lines_and_leaves_the_others() {
        Shopping shopper = Shopping.shopper();
        String chosen = StockReservationIT.skuWithStock(5, 999);
        String later = StockReservationIT.skuWithStock(5, 999);
        put(shopper, chosen, "{\"quantity\":2}");
        put(shopper, later, "{\"quantity\":1,\"selected\":false}");
        HttpResponse<String> placed = shopper.orderBody(null, "{\"fromCart\":true,\"addressId\":\"" + shopper.addressId() + "\"}");
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = shopper.orderDetail(json(placed).getString("id"));
        assertEquals(1, order.getJsonArray("lines").size());
        assertEquals(chosen, order.getJsonArray("lines").getJsonObject(0).getString("skuId"));
        assertEquals(2, order.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
        assertEquals(List.of(later), skus(cart(shopper)), "the ordered line left the cart, the other stayed");

        assertProblem(shopper.orderBody(null, "{\"fromCart\":true,\"addressId\":\"" + shopper.addressId() + "\"}"), 400, "VALIDATION_FAILED");
        assertProblem(shopper.orderBody(null, "{\"fromCart\":true,\"items\":[{\"skuId\":\"" + later + "\",\"quantity\":1}],\"addressId\":\""
                + shopper.addressId() + "\"}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void a_remote_region_pays_its_own_shipping_and_never_ships_free() {
        Shopping shopper = Shopping.shopper();
        HttpResponse<String> tibet = shopper.post("/user/me/addresses", "{\"receiver\":\"扎西\",\"phone\":\"13900000000\","
                + "\"province\":\"西藏自治区\",\"city\":\"拉萨市\",\"district\":\"城关区\",\"detail\":\"北京中路 1 号\"}");
        assertEquals(201, tibet.statusCode(), tibet.body());
        String sku = StockReservationIT.skuWithStock(5, 999);
        JsonObject quote = json(shopper.post("/order/orders/preview", Shopping.body(json(tibet).getString("id"), sku, 1)));
        assertTrue(quote.getJsonObject("totals").getJsonNumber("shipping").longValue() >= 2000, quote.toString());
    }

    /** The default template (microprofile-config.properties of order-war) to a near region. */
    static long expectedShipping(String sku, int quantity, long items) {
        if (items >= 9900) {
            return 0;
        }
        int weight = RunningShop.parse(get(RunningShop.INTERNAL + "/catalog/internal/skus?id=" + sku).body()).asJsonArray()
                .getJsonObject(0).getInt("weightGrams", 0);
        long grams = (long) (weight > 0 ? weight : 500) * quantity;
        return 800 + (grams <= 1000 ? 0 : (grams - 1000 + 999) / 1000 * 200);
    }

    private static JsonObject line(JsonObject cart, String sku) {
        return cart.getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(i -> i.getString("skuId").equals(sku))
                .findFirst().orElseThrow();
    }

    private static List<String> skus(JsonObject cart) {
        return cart.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("skuId")).toList();
    }
}
