package it.shop;

import static it.shop.RunningShop.PUBLIC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * Every endpoint of the public API declares who may call it, and this test holds the whole list:
 * each operation of the merged {@code /openapi} document must have a row here (a new endpoint
 * without one fails the test), and each row is called like an attacker would, without a token, with
 * a forged one and with a shopper's token. Staff endpoints are 403 to shoppers, everything not
 * public is 401 without a valid token, provider callbacks are 401 without their signature, and
 * nothing answers 5xx. Another shopper's data is 404 (see {@link #another_shoppers_data_is_not_found}).
 */
class AccessMatrixIT {

    /** Who may call an endpoint. */
    enum Access {
        /** Anyone (browsing, sign-in, health). */
        PUBLIC,
        /** Any signed-in account, for its own data. */
        SIGNED_IN,
        /** Staff only (operator, finance or admin): shoppers get 403. */
        STAFF,
        /** A provider's callback: the signature decides, a token is no use (401 either way). */
        SIGNED_CALLBACK
    }

    static final Map<String, Access> MATRIX = new LinkedHashMap<>();

    private static void rows(Access access, String... operations) {
        for (String operation : operations) {
            MATRIX.put(operation, access);
        }
    }

    static {
        rows(Access.PUBLIC,
                "GET /admin/api/ping", "GET /order/ping", "GET /payment/ping", "GET /inventory/ping", "GET /catalog/ping",
                "GET /search/ping", "GET /promo/ping", "GET /user/ping",
                "GET /inventory/stock/{skuId}",
                "GET /catalog/brands", "GET /catalog/categories", "GET /catalog/products", "GET /catalog/products/{id}",
                "GET /catalog/products/{productId}/reviews",
                "GET /search/hot-words", "GET /search/products", "GET /search/suggest",
                "GET /promo/coupon-templates", "GET /promo/coupon-templates/{id}", "GET /promo/flash-sales", "GET /promo/flash-sales/{id}",
                "GET /promo/points-offers", "GET /promo/rankings/hot", "GET /promo/recommendations", "GET /promo/rules",
                "GET /promo/rules/{id}",
                "GET /user/.well-known/jwks.json", "POST /user/auth/login", "POST /user/auth/logout", "POST /user/auth/refresh",
                "POST /user/auth/register", "POST /user/auth/password-reset", "POST /user/auth/password-reset/confirm",
                // An unknown provider is 404; a known one checks its own signature (PaymentCallbackIT, AlipayIT).
                "POST /payment/callbacks/{provider}");
        rows(Access.SIGNED_IN,
                "GET /order/cart", "DELETE /order/cart", "PUT /order/cart/items/{skuId}", "DELETE /order/cart/items/{skuId}",
                "PUT /order/cart/selection", "GET /order/flash-checkouts/{id}",
                "GET /order/orders", "POST /order/orders", "POST /order/orders/preview", "GET /order/orders/{id}",
                "POST /order/orders/{id}/cancel", "POST /order/orders/{id}/receipt", "GET /order/orders/{orderId}/returns",
                "POST /order/orders/{orderId}/returns",
                "GET /payment/payments/{id}", "POST /payment/payments/{id}/pay-request", "POST /payment/sandbox/pay/{paymentId}",
                "GET /inventory/shipments", "GET /inventory/shipments/{id}/tracking",
                "POST /catalog/products/{productId}/reviews",
                "POST /promo/coupon-templates/{id}/claim", "GET /promo/me/coupons", "GET /promo/me/points-exchanges",
                "GET /promo/me/points-exchanges/{id}", "POST /promo/points-offers/{id}/exchange",
                "GET /user/me", "PATCH /user/me", "GET /user/me/addresses", "POST /user/me/addresses", "PUT /user/me/addresses/{id}",
                "DELETE /user/me/addresses/{id}", "GET /user/me/favorites", "PUT /user/me/favorites/{productId}",
                "DELETE /user/me/favorites/{productId}", "GET /user/me/history", "POST /user/me/history", "DELETE /user/me/history",
                "GET /user/me/orders", "GET /user/me/points", "GET /user/me/export", "DELETE /user/me");
        rows(Access.STAFF,
                "GET /admin/api/dead-letters", "GET /admin/api/reports/registrations",
                "GET /order/operator/orders", "GET /order/operator/orders/{id}", "GET /order/operator/returns",
                "GET /order/operator/returns/{id}", "POST /order/operator/returns/{id}/approve", "POST /order/operator/returns/{id}/receive",
                "POST /order/operator/returns/{id}/reject",
                "GET /payment/reconciliations", "POST /payment/reconciliations", "GET /payment/reconciliations/{date}",
                "GET /payment/refunds", "GET /payment/refunds/{id}",
                "POST /inventory/sandbox/carrier/shipments/{id}/events", "POST /inventory/shipments", "GET /inventory/stock/invariants",
                "POST /inventory/stock/{skuId}/adjustments", "GET /inventory/stock/{skuId}/movements", "PUT /inventory/stock/{skuId}/threshold",
                "GET /inventory/stock/{skuId}/warehouses", "GET /inventory/warehouses",
                "POST /catalog/brands", "PUT /catalog/brands/{id}", "POST /catalog/categories", "PUT /catalog/categories/{id}",
                "GET /catalog/operator/products", "GET /catalog/operator/products/{id}", "POST /catalog/products", "PUT /catalog/products/{id}",
                "DELETE /catalog/products/{id}", "POST /catalog/products/{id}/publish", "POST /catalog/products/{id}/unpublish",
                "GET /catalog/reviews", "POST /catalog/reviews/{id}/hide", "POST /catalog/reviews/{id}/show",
                "GET /search/index", "POST /search/index/rebuild",
                "POST /promo/coupon-templates", "POST /promo/coupon-templates/{id}/{action}", "POST /promo/flash-sales",
                "POST /promo/flash-sales/{id}/end", "POST /promo/points-offers", "POST /promo/points-offers/{id}/{action}",
                "POST /promo/rules", "POST /promo/rules/{id}/{action}",
                "GET /user/admin/members/{id}/points", "POST /user/admin/members/{id}/points",
                "GET /user/admin/members", "GET /user/admin/members/{id}", "POST /user/admin/members/{id}/disable",
                "POST /user/admin/members/{id}/enable", "PUT /user/admin/members/{id}/roles", "GET /user/admin/security-events");
        rows(Access.SIGNED_CALLBACK, "POST /payment/callbacks/sandbox", "POST /inventory/carriers/sandbox/callbacks");
    }

    /** The operations of the merged OpenAPI document, as {@code "METHOD /path"}. */
    static Set<String> documented() {
        HttpResponse<String> document = RunningShop.get(PUBLIC + "/openapi?format=JSON");
        assertEquals(200, document.statusCode());
        Set<String> operations = new TreeSet<>();
        JsonObject paths = RunningShop.json(document).getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                if (Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    operations.add(method.toUpperCase() + " " + path);
                }
            }
        }
        return operations;
    }

    private static HttpResponse<String> call(String operation, String token) {
        String[] parts = operation.split(" ", 2);
        String path = parts[1].replace("{action}", "pause").replaceAll("\\{[^}]+}", "x" + UUID.randomUUID().toString().substring(0, 8));
        // A JSON body on every method that may take one (DELETE /user/me takes the password), as clients send it.
        boolean hasBody = Set.of("POST", "PUT", "PATCH", "DELETE").contains(parts[0]);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PUBLIC + path))
                .method(parts[0], hasBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (hasBody) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return RunningShop.send(request);
    }

    @Test
    void every_documented_endpoint_is_in_the_matrix_and_answers_as_it_says() {
        Set<String> documented = documented();
        Set<String> unlisted = new TreeSet<>(documented);
        unlisted.removeAll(MATRIX.keySet());
        assertTrue(unlisted.isEmpty(), "endpoints nobody decided who may call (add them to the matrix): " + unlisted);
        Set<String> gone = new TreeSet<>(MATRIX.keySet());
        gone.removeAll(documented);
        assertTrue(gone.isEmpty(), "rows for endpoints that no longer exist: " + gone);

        Shopping shopper = Shopping.shopper();
        // The shopper's own token with its groups raised to every staff role: the signature no longer matches.
        String[] parts = shopper.token().split("\\.");
        String forged = parts[0] + "." + IdentityIT.base64(IdentityIT.claims(shopper.token()).toString()
                .replace("\"shopper\"", "\"shopper\",\"operator\",\"finance\",\"admin\"")) + "." + parts[2];
        List<String> wrong = new ArrayList<>();
        MATRIX.forEach((operation, access) -> {
            HttpResponse<String> anonymous = call(operation, null);
            HttpResponse<String> asShopper = call(operation, shopper.token());
            HttpResponse<String> withForgedToken = call(operation, forged);
            int a = anonymous.statusCode();
            int s = asShopper.statusCode();
            int f = withForgedToken.statusCode();
            boolean ok = switch (access) {
                case PUBLIC -> a != 401 && a != 403 && s != 401 && s != 403;
                case SIGNED_IN -> a == 401 && f == 401 && s != 401 && s != 403;
                case STAFF -> a == 401 && f == 401 && s == 403;
                case SIGNED_CALLBACK -> a == 401 && s == 401;
            };
            if (!ok || a >= 500 || s >= 500 || f >= 500) {
                wrong.add(operation + " (" + access + "): anonymous " + a + ", shopper " + s + ", forged token " + f);
            }
            for (HttpResponse<String> refused : List.of(anonymous, asShopper, withForgedToken)) {
                if (refused.statusCode() == 401 || refused.statusCode() == 403) {
                    String type = refused.headers().firstValue("Content-Type").orElse("");
                    if (!type.startsWith("application/problem+json")) {
                        wrong.add(operation + ": a " + refused.statusCode() + " without problem+json (" + type + ")");
                    }
                }
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void another_shoppers_data_is_not_found() {
        Shopping owner = Shopping.shopper();
        Shopping other = Shopping.shopper();
        String sku = StockReservationIT.skuWithStock(3, 999);
        JsonObject order = owner.placed(sku, 1);
        String orderId = order.getString("id");
        String paymentId = order.getString("paymentId");
        String couponTemplate = CouponIT.issued(CouponIT.template("FIXED", 0, 100, 5, 1)).getString("id");
        String couponId = CouponIT.claim(owner, couponTemplate);

        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("GET order", other.get("/order/orders/" + orderId));
        answers.put("cancel order", other.post("/order/orders/" + orderId + "/cancel", null));
        answers.put("confirm receipt", other.post("/order/orders/" + orderId + "/receipt", null));
        answers.put("GET returns", other.get("/order/orders/" + orderId + "/returns"));
        answers.put("POST return", other.post("/order/orders/" + orderId + "/returns", "{\"reason\":\"not mine\"}"));
        answers.put("GET payment", other.get("/payment/payments/" + paymentId));
        answers.put("pay", other.post("/payment/sandbox/pay/" + paymentId, "{\"outcome\":\"success\"}"));
        answers.put("pay request", other.post("/payment/payments/" + paymentId + "/pay-request", "{\"provider\":\"alipay\",\"channel\":\"PAGE\"}"));
        answers.put("PUT address", IdentityIT.authorized("PUT", "/user/me/addresses/" + owner.addressId(), IdentityIT.ADDRESS, other.token()));
        answers.put("DELETE address", IdentityIT.authorized("DELETE", "/user/me/addresses/" + owner.addressId(), null, other.token()));
        answers.forEach((what, answer) -> IdentityIT.assertProblem(answer, 404, "NOT_FOUND"));
        // The shipments of an order are a search: it finds only the caller's own parcels, so it is empty, as for an unknown order.
        HttpResponse<String> shipments = other.get("/inventory/shipments?orderId=" + orderId);
        assertEquals(200, shipments.statusCode(), shipments.body());
        assertEquals(0, RunningShop.json(shipments).getJsonArray("items").size());

        // Naming another shopper's address or coupon in an order is an invalid reference, as an unknown one is.
        IdentityIT.assertProblem(other.orderBody(null, Shopping.body(owner.addressId(), sku, 1)), 422, "INVALID_REFERENCE");
        IdentityIT.assertProblem(other.orderBody(null, "{\"items\":[{\"skuId\":\"" + sku + "\",\"quantity\":1}],\"addressId\":\""
                + other.addressId() + "\",\"couponId\":\"" + couponId + "\"}"), 422, "INVALID_REFERENCE");
        assertTrue(!other.get("/promo/me/coupons").body().contains(couponId));
        assertTrue(!other.get("/user/me/addresses").body().contains(owner.addressId()));

        // The owner's data is untouched and theirs.
        assertEquals("PENDING_PAYMENT", owner.orderDetail(orderId).getString("status"));
        assertEquals("PENDING", owner.payment(paymentId).getString("status"));
        assertTrue(owner.get("/user/me/addresses").body().contains(owner.addressId()));
        assertEquals("AVAILABLE", CouponIT.couponStatus(owner, couponId));
        assertEquals(200, owner.post("/order/orders/" + orderId + "/cancel", null).statusCode());
    }
}
