package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.StockReservationIT.skuWithStock;
import static it.shop.StockReservationIT.stock;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad checkout requests are the contract's 4xx, never a 5xx, and write nothing: no order in the
 * shopper's list, no stock held.
 */
class CheckoutBadInputIT {

    static Shopping shopper;
    static String sku;
    static int[] before;

    @BeforeAll
    static void shopperAndSku() {
        shopper = Shopping.shopper();
        sku = skuWithStock(3, 999);
        before = stock(sku);
    }

    private static void refused(HttpResponse<String> response, int status, String code) {
        assertProblem(response, status, code);
        assertEquals(0, shopper.ordersListed(), "nothing placed");
        assertArrayEquals(before, stock(sku), "nothing held");
    }

    @Test
    void malformed_json_is_a_malformed_request() {
        refused(shopper.orderBody(null, "{\"items\": [{\"skuId\": "), 400, "MALFORMED_REQUEST");
        refused(shopper.orderBody(null, "[]"), 400, "MALFORMED_REQUEST");
    }

    @Test
    void quantities_outside_1_to_999_are_refused() {
        refused(shopper.order(sku, 0), 400, "VALIDATION_FAILED");
        refused(shopper.order(sku, -3), 400, "VALIDATION_FAILED");
        refused(shopper.order(sku, 1000), 400, "VALIDATION_FAILED");
        refused(shopper.orderBody(null, "{\"items\":[{\"skuId\":\"" + sku + "\",\"quantity\":99999999999999}],\"addressId\":\""
                + shopper.addressId() + "\"}"), 400, "VALIDATION_FAILED");
        refused(shopper.order(sku, 600, sku, 600), 400, "VALIDATION_FAILED");
    }

    @Test
    void an_empty_order_is_refused() {
        refused(shopper.orderBody(null, "{\"items\":[],\"addressId\":\"" + shopper.addressId() + "\"}"), 400, "VALIDATION_FAILED");
        refused(shopper.orderBody(null, "{\"addressId\":\"" + shopper.addressId() + "\"}"), 400, "VALIDATION_FAILED");
        refused(shopper.orderBody(null, "{}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void an_unknown_sku_is_an_invalid_reference() {
        refused(shopper.order(sku, 1, "00000000-0000-0000-0000-000000000000", 1), 422, "INVALID_REFERENCE");
    }

    @Test
    void someone_elses_address_is_an_invalid_reference() {
        Shopping other = Shopping.shopper();
        refused(shopper.orderBody(null, Shopping.body(other.addressId(), sku, 1)), 422, "INVALID_REFERENCE");
        refused(shopper.orderBody(null, Shopping.body("no-such-address", sku, 1)), 422, "INVALID_REFERENCE");
    }

    @Test
    void coupons_points_and_flash_sales_that_do_not_exist_are_refused() {
        String address = shopper.addressId();
        refused(shopper.orderBody(null, "{\"items\":[{\"skuId\":\"" + sku + "\",\"quantity\":1}],\"addressId\":\"" + address
                + "\",\"couponId\":\"nope\"}"), 422, "INVALID_REFERENCE");
        refused(shopper.orderBody(null, "{\"items\":[{\"skuId\":\"" + sku + "\",\"quantity\":1}],\"addressId\":\"" + address
                + "\",\"flashSaleId\":\"nope\"}"), 422, "INVALID_REFERENCE");
        refused(shopper.orderBody(null, "{\"items\":[{\"skuId\":\"" + sku + "\",\"quantity\":1}],\"addressId\":\"" + address
                + "\",\"points\":-1}"), 400, "VALIDATION_FAILED");
        // A new shopper has no points: paying with some is refused before any saga, nothing held.
        refused(shopper.orderBody(null, "{\"items\":[{\"skuId\":\"" + sku + "\",\"quantity\":1}],\"addressId\":\"" + address
                + "\",\"points\":100}"), 400, "VALIDATION_FAILED");
    }

    @Test
    void without_a_token_there_is_no_checkout() {
        assertProblem(IdentityIT.post("/order/orders", Shopping.body(shopper.addressId(), sku, 1), null), 401, "UNAUTHORIZED");
        assertProblem(IdentityIT.post("/order/orders", Shopping.body(shopper.addressId(), sku, 1), "not-a-jwt"), 401, "UNAUTHORIZED");
        assertArrayEquals(before, stock(sku));
    }
}
