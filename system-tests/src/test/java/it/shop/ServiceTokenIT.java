package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.INTERNAL;
import static it.shop.RunningShop.PUBLIC;
import static it.shop.RunningShop.json;
import static it.shop.RunningShop.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * Service-to-service calls carry a service token (issue 6): user-war issues it on the internal
 * surface for a service's credential (HMAC of its name under the shop's service secret); every
 * internal endpoint other than a saga callback refuses calls without one (401) and calls with a
 * shopper's or a forged token (403 / 401); a service token opens no shopper or staff endpoint.
 * Saga callbacks stay open to the coordinator, which sends no token (they re-check their work).
 */
class ServiceTokenIT {

    private static final String TOKENS = INTERNAL + "/user/internal/service-tokens";

    /** Internal endpoints that services call, one or more per service, with a body where they take one. */
    private static final String[][] INTERNAL_CALLS = {
        {"GET", "/catalog/internal/skus?id=nope", null},
        {"GET", "/catalog/internal/product-changes?after=0&limit=1", null},
        {"GET", "/inventory/internal/stock?skuId=nope", null},
        {"PUT", "/inventory/internal/reservations", "{}"},
        {"PUT", "/inventory/internal/stock-returns", "{}"},
        {"GET", "/user/internal/addresses/nope?owner=nobody", null},
        {"GET", "/user/internal/points/nobody", null},
        {"PUT", "/user/internal/points/holds", "{}"},
        {"POST", "/promo/internal/price-calculations", "{}"},
        {"PUT", "/promo/internal/coupon-locks", "{}"},
        {"PUT", "/promo/internal/coupon-returns", "{}"},
        {"PUT", "/promo/internal/flash-sale-takes/nope", "{}"},
        {"PUT", "/payment/internal/payments", "{}"},
        {"GET", "/payment/internal/payments/nope", null},
        {"PUT", "/payment/internal/refunds/nope", "{}"},
        {"GET", "/order/internal/purchases?userId=nobody&productId=nothing", null},
        {"PUT", "/order/internal/orders/nope/shipment", "{}"},
        {"POST", "/order/internal/gift-orders", "{}"},
        {"GET", "/user/internal/token-revocations?since=2026-01-01T00:00:00Z", null},
    };

    private static HttpResponse<String> call(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(INTERNAL + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header(RunningShop.AS_IS, "yes");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static HttpResponse<String> issue(String at, String service, String credential) {
        return send(HttpRequest.newBuilder(URI.create(at)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"service\":\"" + service + "\",\"credential\":\"" + credential + "\"}")));
    }

    @Test
    void user_war_issues_a_service_token_for_the_right_credential_only() {
        String secret = RunningShop.secret("SHOP_SERVICE_SECRET");
        HttpResponse<String> issued = issue(TOKENS, "order", RunningShop.serviceCredential(secret, "order"));
        assertEquals(200, issued.statusCode(), issued.body());
        JsonObject answer = json(issued);
        assertEquals("Bearer", answer.getString("tokenType"));
        assertTrue(answer.getInt("expiresIn") > 0 && answer.getInt("expiresIn") <= 900, answer.toString());
        JsonObject claims = IdentityIT.claims(answer.getString("accessToken"));
        assertEquals("service:order", claims.getString("sub"));
        assertEquals(List.of("service"), claims.getJsonArray("groups").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(claims.get("aud").toString().contains("\"shop\""), claims.toString());

        assertProblem(issue(TOKENS, "order", RunningShop.serviceCredential(secret, "promo")), 401, "UNAUTHORIZED");
        assertProblem(issue(TOKENS, "order", RunningShop.serviceCredential("not-the-secret", "order")), 401, "UNAUTHORIZED");
        assertProblem(issue(TOKENS, "Order; DROP TABLE", "x"), 400, "VALIDATION_FAILED");
        assertEquals(404, issue(PUBLIC + "/user/internal/service-tokens", "order", RunningShop.serviceCredential(secret, "order"))
                .statusCode(), "not on the public surface");
    }

    @Test
    void internal_endpoints_refuse_callers_without_a_service_token() {
        Shopping shopper = Shopping.shopper();
        String[] parts = RunningShop.serviceToken().split("\\.");
        // A service token made by hand: the shopper's token with the service group; its signature no longer matches.
        String[] own = shopper.token().split("\\.");
        String forged = own[0] + "." + IdentityIT.base64(IdentityIT.claims(shopper.token()).toString()
                .replace("\"shopper\"", "\"service\"")) + "." + own[2];
        String unsigned = IdentityIT.base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        List<String> wrong = new ArrayList<>();
        for (String[] c : INTERNAL_CALLS) {
            String what = c[0] + " " + c[1];
            int anonymous = expectProblem(call(c[0], c[1], c[2], null), wrong, what + " without a token");
            int asShopper = expectProblem(call(c[0], c[1], c[2], shopper.token()), wrong, what + " as a shopper");
            int withForged = expectProblem(call(c[0], c[1], c[2], forged), wrong, what + " forged");
            int withUnsigned = expectProblem(call(c[0], c[1], c[2], unsigned), wrong, what + " alg none");
            int asService = call(c[0], c[1], c[2], RunningShop.serviceToken()).statusCode();
            if (anonymous != 401 || asShopper != 403 || withForged != 401 || withUnsigned != 401
                    || asService == 401 || asService == 403 || asService >= 500) {
                wrong.add(what + ": anonymous " + anonymous + ", shopper " + asShopper + ", forged " + withForged
                        + ", alg none " + withUnsigned + ", service " + asService);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static int expectProblem(HttpResponse<String> response, List<String> wrong, String what) {
        if (response.statusCode() >= 400 && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            wrong.add(what + ": not problem+json: " + response.statusCode() + " " + response.body());
        }
        return response.statusCode();
    }

    @Test
    void a_service_token_opens_no_shopper_or_staff_endpoint_and_callbacks_stay_open_to_the_coordinator() {
        String service = RunningShop.serviceToken();
        assertProblem(IdentityIT.authorized("GET", "/order/orders", null, service), 403, "FORBIDDEN");
        assertProblem(IdentityIT.authorized("GET", "/user/me", null, service), 403, "FORBIDDEN");
        assertProblem(IdentityIT.authorized("GET", "/user/admin/members", null, service), 403, "FORBIDDEN");
        assertProblem(IdentityIT.authorized("POST", "/catalog/categories", "{\"name\":\"x\"}", service), 403, "FORBIDDEN");

        // The coordinator calls participants back without a token; an unknown saga is simply done.
        String lra = RunningShop.COORDINATOR + "/0_ffff7f000001_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        for (String callback : new String[] {"/order/internal/checkout-saga/compensate", "/inventory/internal/reservations/complete",
                "/promo/internal/coupon-locks/compensate", "/user/internal/points/holds/compensate"}) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(INTERNAL + callback))
                    .header("Long-Running-Action", lra).PUT(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, answer.statusCode(), callback + ": " + answer.body());
        }
    }
}
