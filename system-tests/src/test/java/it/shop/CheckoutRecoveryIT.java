package it.shop;

import static it.shop.StockReservationIT.skuWithStock;
import static it.shop.StockReservationIT.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jakarta.json.JsonObject;

/**
 * Checkout across crashes, restarts and the payment window: a server killed mid-saga releases
 * what the interrupted checkout held once it is back; orders placed before a restart can be
 * paid after it; an order left unpaid is cancelled by the LRA's time limit. Restarts the shop,
 * and puts it back as it was at the end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckoutRecoveryIT {

    /** A short payment window, and interrupted checkouts noticed after 5 s. */
    private static final Map<String, String> SHORT_WINDOW = Map.of(
            "SHOP_ORDER_PAYMENT_WINDOW", "PT8S",
            "SHOP_ORDER_ABANDONED_CHECKOUT_AFTER", "PT5S");

    private static boolean shortWindow;

    @AfterAll
    static void asTheOtherTestsExpectIt() {
        if (shortWindow) {
            RunningShop.launcher("down");
            RunningShop.launcher("up");
        }
    }

    @Test
    @Order(1)
    void a_checkout_interrupted_by_kill_9_is_released_after_restart_and_earlier_orders_can_still_be_paid() throws Exception {
        Shopping earlier = Shopping.shopper();
        String earlierSku = skuWithStock(2, 999);
        int[] earlierBefore = stock(earlierSku);
        JsonObject placedEarlier = earlier.placed(earlierSku, 1);

        // Payment creation for "slowpay" shoppers hangs (RunningShop.FAULTS): the server dies
        // after inventory reserved and before the payment exists.
        Shopping interrupted = Shopping.shopper("slowpay");
        String sku = skuWithStock(3, 999);
        int[] before = stock(sku);
        CompletableFuture<?> checkout = CompletableFuture.runAsync(() -> {
            try {
                interrupted.order(sku, 2);
            } catch (RuntimeException connectionLost) {
                // Expected: the server is killed while this request is in flight.
            }
        });
        Shopping.awaitStock(sku, before[0] - 2, before[1] + 2, 10_000);
        killLiberty();
        checkout.get();

        up(SHORT_WINDOW);
        Shopping.awaitStock(sku, before[0], before[1], 60_000);
        assertEquals(0, interrupted.ordersListed(), "the interrupted checkout never became an order");

        earlier.pay(placedEarlier.getString("paymentId"), "success");
        earlier.awaitOrder(placedEarlier.getString("id"), "PAID", 30_000);
        Shopping.awaitStock(earlierSku, earlierBefore[0] - 1, earlierBefore[1], 20_000);
    }

    @Test
    @Order(2)
    void an_unpaid_order_is_cancelled_when_the_payment_window_closes() {
        assertTrue(shortWindow, "runs after the restart with a short window");
        Shopping shopper = Shopping.shopper();
        String sku = skuWithStock(3, 999);
        int[] before = stock(sku);
        JsonObject order = shopper.placed(sku, 3);
        Duration window = Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(order.getString("expiresAt")));
        assertTrue(window.toSeconds() <= 9, "the configured window: " + window);

        JsonObject cancelled = shopper.awaitOrder(order.getString("id"), "CANCELLED", 45_000);
        assertEquals("PAYMENT_TIMEOUT", cancelled.getString("cancelReason"));
        Shopping.awaitStock(sku, before[0], before[1], 20_000);
        assertEquals("VOIDED", shopper.payment(order.getString("paymentId")).getString("status"));
    }

    @Test
    @Order(3)
    void an_order_placed_before_down_can_be_paid_after_up() {
        RunningShop.launcher("down");
        up(Map.of());
        Shopping shopper = Shopping.shopper();
        String sku = skuWithStock(2, 999);
        int[] before = stock(sku);
        JsonObject order = shopper.placed(sku, 1);

        RunningShop.launcher("down");
        up(Map.of());
        assertEquals("PENDING_PAYMENT", shopper.orderDetail(order.getString("id")).getString("status"));
        assertEquals(before[1] + 1, stock(sku)[1], "still reserved after the restart");
        shopper.pay(order.getString("paymentId"), "success");
        shopper.awaitOrder(order.getString("id"), "PAID", 30_000);
        Shopping.awaitStock(sku, before[0] - 1, before[1], 20_000);
    }

    private static void up(Map<String, String> overrides) {
        RunningShop.LauncherRun up = RunningShop.launcher("up", overrides);
        assertEquals(0, up.exitCode(), up.output());
        shortWindow = !overrides.isEmpty();
    }

    private static void killLiberty() throws Exception {
        long pid = Long.parseLong(Files.readString(RunningShop.DATA.resolve("liberty/.pid/shop.pid")).trim());
        ProcessHandle liberty = ProcessHandle.of(pid).orElseThrow();
        liberty.destroyForcibly();
        liberty.onExit().get();
        Shopping.await(() -> RunningShop.listening(RunningShop.HTTP_PORT), listening -> !listening, 10_000, "Liberty gone");
    }
}
