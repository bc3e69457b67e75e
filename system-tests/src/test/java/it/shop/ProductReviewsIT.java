package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.get;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * Reviews: only a shopper with a paid order containing the product reviews it, once per order;
 * the product's rating follows, and operators hide reviews. The rating reaches the cached
 * product detail through the catalog's own event ({@code shop.catalog.product.rated}): writing
 * a review does not touch the cache directly, so these tests also show the event path works.
 */
class ProductReviewsIT {

    private static final long SETTLE = 20_000;

    /** A shopper who bought and paid for one unit of a demo product: {shopper, productId, orderId}. */
    record Buyer(Shopping shopper, String productId, String orderId) {
    }

    static Buyer buyer() {
        String sku = StockReservationIT.skuWithStock(3, 999);
        String productId = RunningShop.parse(get(RunningShop.INTERNAL + "/catalog/internal/skus?id=" + sku).body()).asJsonArray().getJsonObject(0)
                .getString("productId");
        Shopping shopper = Shopping.shopper();
        JsonObject order = shopper.placed(sku, 1);
        return new Buyer(shopper, productId, order.getString("id"));
    }

    static void paid(Buyer buyer) {
        JsonObject order = buyer.shopper().orderDetail(buyer.orderId());
        buyer.shopper().pay(order.getString("paymentId"), "success");
        buyer.shopper().awaitOrder(buyer.orderId(), "PAID", SETTLE);
    }

    static HttpResponse<String> review(Shopping shopper, String productId, String body) {
        return shopper.post("/catalog/products/" + productId + "/reviews", body);
    }

    static JsonObject rating(String productId) {
        return json(get(PUBLIC + "/catalog/products/" + productId)).getJsonObject("rating");
    }

    @Test
    void only_a_buyer_with_a_paid_order_reviews_once_per_order_and_the_rating_follows() {
        Buyer buyer = buyer();
        int before = rating(buyer.productId()).getInt("count");
        assertProblem(review(buyer.shopper(), buyer.productId(), "{\"rating\":5,\"text\":\"还没付款\"}"), 403, "FORBIDDEN");
        paid(buyer);

        HttpResponse<String> written = review(buyer.shopper(), buyer.productId(), "{\"rating\":4,\"text\":\"很好用 👍\"}");
        assertEquals(201, written.statusCode(), written.body());
        JsonObject review = json(written);
        assertEquals(4, review.getInt("rating"));
        assertFalse(review.getString("author").equals(buyer.shopper().username()), "the author is masked");
        assertTrue(review.getString("author").contains("***"));
        assertProblem(review(buyer.shopper(), buyer.productId(), "{\"rating\":1,\"text\":\"再来一次\"}"), 409, "CONFLICT");
        assertProblem(review(buyer.shopper(), buyer.productId(), "{\"rating\":1,\"text\":\"x\",\"orderId\":\"" + buyer.orderId() + "\"}"),
                409, "CONFLICT");

        Shopping.await(() -> rating(buyer.productId()), r -> r.getInt("count") == before + 1, 5_000, "the rating counts the review");
        HttpResponse<String> listed = get(PUBLIC + "/catalog/products/" + buyer.productId() + "/reviews");
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().contains(review.getString("id")));
        assertFalse(listed.body().contains(buyer.shopper().userId()), "no user id on the public list");
    }

    @Test
    void a_shopper_who_did_not_buy_the_product_cannot_review_it_not_even_naming_someone_elses_order() {
        Buyer buyer = buyer();
        paid(buyer);
        Shopping stranger = Shopping.shopper();
        assertProblem(review(stranger, buyer.productId(), "{\"rating\":5,\"text\":\"没买过\"}"), 403, "FORBIDDEN");
        assertProblem(review(stranger, buyer.productId(), "{\"rating\":5,\"text\":\"借用订单\",\"orderId\":\"" + buyer.orderId() + "\"}"),
                403, "FORBIDDEN");
        assertProblem(IdentityIT.post("/catalog/products/" + buyer.productId() + "/reviews", "{\"rating\":5,\"text\":\"匿名\"}", null),
                401, "UNAUTHORIZED");
    }

    @Test
    void an_operator_hides_a_review_and_the_rating_no_longer_counts_it() {
        Buyer buyer = buyer();
        paid(buyer);
        int before = rating(buyer.productId()).getInt("count");
        JsonObject review = json(review(buyer.shopper(), buyer.productId(), "{\"rating\":1,\"text\":\"广告 加微信\"}"));
        int counted = before + 1;
        Shopping.await(() -> rating(buyer.productId()), r -> r.getInt("count") == counted, 5_000, "the review counts");
        Shopping.await(() -> get(PUBLIC + "/catalog/products/" + buyer.productId() + "/reviews?size=100").body(),
                b -> b.contains(review.getString("id")), 5_000, "listed");

        assertProblem(buyer.shopper().post("/catalog/reviews/" + review.getString("id") + "/hide", null), 403, "FORBIDDEN");
        Operator operator = new Operator();
        HttpResponse<String> hidden = operator.send("POST", "/catalog/reviews/" + review.getString("id") + "/hide", null);
        assertEquals(200, hidden.statusCode(), hidden.body());
        assertTrue(json(hidden).getBoolean("hidden"));
        assertEquals(200, operator.send("POST", "/catalog/reviews/" + review.getString("id") + "/hide", null).statusCode(), "twice is fine");

        assertFalse(get(PUBLIC + "/catalog/products/" + buyer.productId() + "/reviews?size=100").body().contains(review.getString("id")));
        Shopping.await(() -> rating(buyer.productId()), r -> r.getInt("count") == counted - 1, 5_000, "the hidden review no longer counts");
        assertTrue(operator.send("GET", "/catalog/reviews?productId=" + buyer.productId() + "&size=100", null).body()
                .contains(review.getString("id")), "operators still see it");

        assertEquals(200, operator.send("POST", "/catalog/reviews/" + review.getString("id") + "/show", null).statusCode());
        Shopping.await(() -> rating(buyer.productId()), r -> r.getInt("count") == counted, 5_000, "shown again");
        assertProblem(operator.send("POST", "/catalog/reviews/no-such-review/hide", null), 404, "NOT_FOUND");
    }

    @Test
    void bad_reviews_are_400_and_unknown_products_404() {
        Shopping shopper = Shopping.shopper();
        String product = json(get(PUBLIC + "/catalog/products?size=1")).getJsonArray("items").getJsonObject(0).getString("id");
        for (String body : new String[] {"{\"rating\":0,\"text\":\"x\"}", "{\"rating\":6,\"text\":\"x\"}", "{\"rating\":5,\"text\":\"\"}",
                "{\"rating\":5}", "{\"rating\":5,\"text\":\"" + "长".repeat(2001) + "\"}"}) {
            assertProblem(review(shopper, product, body), 400, "VALIDATION_FAILED");
        }
        assertProblem(review(shopper, product, "{\"rating\":\"five\",\"text\":\"x\"}"), 400, "MALFORMED_REQUEST");
        assertProblem(review(shopper, "no-such-product", "{\"rating\":5,\"text\":\"x\"}"), 404, "NOT_FOUND");
        assertProblem(get(PUBLIC + "/catalog/products/" + product + "/reviews?size=101"), 400, "VALIDATION_FAILED");
    }
}
