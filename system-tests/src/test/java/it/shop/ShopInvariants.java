package it.shop;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shop's cross-service invariants, proved after every system test (registered for all of
 * them through {@code META-INF/services}) by reading every service's schema directly:
 * <ul>
 * <li>stock is conserved per SKU and warehouse: what was seeded and adjusted equals
 * available + reserved + sold (returned units go back to available), and what is reserved
 * equals what live reservations hold;</li>
 * <li>every paid order (paid, shipped, delivered, completed, refunding or refunded) has exactly
 * one payment that succeeded, for its payable amount; no money is kept for an order that is not
 * paid;</li>
 * <li>no payment refunds more than was paid, its refunds add up to what it says went back, and a
 * refunded order's payment is refunded;</li>
 * <li>no order is left checking out or awaiting payment after its payment window, nor refunding
 * once its refund saga is over;</li>
 * <li>promotions lose nothing: a flash sale's quota and each shopper's units match its takes, a paid
 * flash sale order's units are sold, a queued flash checkout settles (placed as its order, or
 * refused with its units back), a coupon template issued exactly what it counts, and a coupon is
 * used by the paid order that locked it;</li>
 * <li>points lose nothing: a member's balance is what their lots hold, a paid order's points are
 * spent, and points are held only while their checkout is open.</li>
 * </ul>
 * Money and sagas settle asynchronously, so a violation must persist for 30 s to fail the test.
 */
public class ShopInvariants implements AfterEachCallback {

    private static final long SETTLE_MILLIS = 30_000;

    /** Violations already reported by an earlier test: each fails one test, not every test after it. */
    private static final java.util.Set<String> REPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Each invariant: what it promises, and a query listing what breaks it. */
    static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("stock is conserved per SKU and warehouse (seeded + adjusted = available + reserved + sold)",
                "SELECT ws.sku_id || '@' || ws.warehouse_id || ': ' || (ws.available + ws.reserved + ws.sold) || ' held, '"
                + " || COALESCE(m.brought, 0) || ' brought' FROM inventory_svc.warehouse_stock ws"
                + " LEFT JOIN (SELECT sku_id, warehouse_id, SUM(quantity) AS brought FROM inventory_svc.stock_movement"
                + " WHERE kind IN ('SEEDED', 'ADJUSTED') GROUP BY sku_id, warehouse_id) m"
                + " ON m.sku_id = ws.sku_id AND m.warehouse_id = ws.warehouse_id"
                + " WHERE ws.available + ws.reserved + ws.sold <> COALESCE(m.brought, 0)");
        CHECKS.put("reserved stock is what live reservations hold",
                "SELECT ws.sku_id || '@' || ws.warehouse_id || ': ' || ws.reserved || ' reserved, ' || COALESCE(h.held, 0) || ' held'"
                + " FROM inventory_svc.warehouse_stock ws LEFT JOIN (SELECT l.sku_id, l.warehouse_id, SUM(l.quantity) AS held"
                + " FROM inventory_svc.stock_reservation_line l JOIN inventory_svc.stock_reservation r ON r.lra_id = l.lra_id"
                + " WHERE r.state = 'RESERVED' GROUP BY l.sku_id, l.warehouse_id) h"
                + " ON h.sku_id = ws.sku_id AND h.warehouse_id = ws.warehouse_id WHERE ws.reserved <> COALESCE(h.held, 0)");
        CHECKS.put("every paid order has exactly one successful payment of its payable amount (a gift paid with points alone has none)",
                "SELECT o.id || ' (' || o.status || ')' FROM order_svc.customer_order o"
                + " WHERE o.status IN ('PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'REFUNDING', 'REFUNDED')"
                + " AND (SELECT COUNT(*) FROM payment_svc.payment p WHERE p.order_id = o.id"
                + " AND p.status IN ('SUCCEEDED', 'REFUNDED') AND p.amount = o.payable)"
                + " <> CASE WHEN o.points_offer_id IS NOT NULL AND o.payable = 0 AND o.payment_id IS NULL THEN 0 ELSE 1 END");
        CHECKS.put("no money is kept for an order that is not paid",
                "SELECT p.id || ' of order ' || o.id || ' (' || o.status || ')' FROM payment_svc.payment p"
                + " JOIN order_svc.customer_order o ON o.id = p.order_id WHERE p.status = 'SUCCEEDED'"
                + " AND o.status IN ('CHECKING_OUT', 'REJECTED', 'PENDING_PAYMENT', 'CANCELLED')"
                + " AND p.updated_at < now() - interval '60 seconds'");
        CHECKS.put("no payment refunds more than was paid, and its refunds add up",
                "SELECT p.id || ': paid ' || p.amount || ', refunded ' || p.refunded_amount || ', refunds ' || COALESCE(r.total, 0)"
                + " FROM payment_svc.payment p LEFT JOIN (SELECT payment_id, SUM(amount) AS total FROM payment_svc.refund"
                + " WHERE status = 'SUCCEEDED' GROUP BY payment_id) r ON r.payment_id = p.id"
                + " WHERE p.refunded_amount > p.amount OR p.refunded_amount <> COALESCE(r.total, 0)"
                + " OR (p.status = 'REFUNDED' AND p.refunded_amount <> p.amount)"
                + " OR (p.status = 'SUCCEEDED' AND p.amount > 0 AND p.refunded_amount = p.amount)");
        CHECKS.put("an order's refunds are at most what it paid, and a refunded order's payment went back",
                "SELECT o.id || ' (' || o.status || '): payable ' || o.payable || ', refunded ' || COALESCE(r.total, 0)"
                + " FROM order_svc.customer_order o LEFT JOIN (SELECT order_id, SUM(amount) AS total FROM order_svc.order_refund"
                + " WHERE status = 'DONE' GROUP BY order_id) r ON r.order_id = o.id"
                + " WHERE COALESCE(r.total, 0) > o.payable OR (o.status = 'REFUNDED' AND o.payment_id IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM payment_svc.payment p WHERE p.order_id = o.id AND p.status = 'REFUNDED'))");
        CHECKS.put("money of a placed order goes back only through the order's own refunds",
                "SELECT p.id || ' of order ' || o.id || ' (' || o.status || '): refunded ' || p.refunded_amount"
                + " || ', order refunds ' || COALESCE(r.total, 0) FROM payment_svc.payment p"
                + " JOIN order_svc.customer_order o ON o.id = p.order_id LEFT JOIN (SELECT order_id, SUM(amount) AS total"
                + " FROM order_svc.order_refund WHERE status = 'DONE' GROUP BY order_id) r ON r.order_id = o.id"
                + " WHERE o.status NOT IN ('CHECKING_OUT', 'REJECTED', 'PENDING_PAYMENT', 'CANCELLED')"
                + " AND p.refunded_amount <> COALESCE(r.total, 0)");
        CHECKS.put("a flash sale's quota accounts for every unit (left + taken, held or sold = quantity)",
                "SELECT s.id || ': ' || s.remaining || ' left, ' || COALESCE(t.taken, 0) || ' taken of ' || s.quantity"
                + " FROM promo_svc.flash_sale s LEFT JOIN (SELECT flash_sale_id, SUM(quantity) AS taken FROM promo_svc.flash_sale_take"
                + " WHERE state IN ('TAKEN', 'HELD', 'SOLD') GROUP BY flash_sale_id) t ON t.flash_sale_id = s.id"
                + " WHERE s.remaining + COALESCE(t.taken, 0) <> s.quantity");
        CHECKS.put("a shopper's units of a flash sale are what their live takes hold, never above the limit",
                "SELECT b.flash_sale_id || '/' || b.user_id || ': ' || b.units || ' counted, ' || COALESCE(t.held, 0) || ' held'"
                + " FROM promo_svc.flash_sale_buyer b JOIN promo_svc.flash_sale s ON s.id = b.flash_sale_id"
                + " LEFT JOIN (SELECT flash_sale_id, user_id, SUM(quantity) AS held FROM promo_svc.flash_sale_take"
                + " WHERE state IN ('TAKEN', 'HELD', 'SOLD') GROUP BY flash_sale_id, user_id) t"
                + " ON t.flash_sale_id = b.flash_sale_id AND t.user_id = b.user_id"
                + " WHERE b.units <> COALESCE(t.held, 0) OR b.units > s.per_user_limit");
        CHECKS.put("a paid flash sale order's units are sold",
                "SELECT o.id || ' (' || o.status || ')' FROM order_svc.customer_order o WHERE o.flash_sale_id IS NOT NULL"
                + " AND o.status IN ('PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED')"
                + " AND NOT EXISTS (SELECT 1 FROM promo_svc.flash_sale_take t WHERE t.order_id = o.id AND t.state = 'SOLD')");
        CHECKS.put("a queued flash checkout settles, placed as its order or refused with its units back",
                "SELECT c.id || ' (' || c.status || ')' FROM order_svc.flash_checkout c"
                + " WHERE (c.status IN ('QUEUED', 'RUNNING') AND c.updated_at < now() - interval '3 minutes')"
                + " OR (c.status = 'PLACED' AND NOT EXISTS (SELECT 1 FROM order_svc.customer_order o WHERE o.id = c.id"
                + " AND o.flash_sale_id = c.sale_id AND o.status NOT IN ('CHECKING_OUT', 'REJECTED')))"
                + " OR (c.status = 'REFUSED' AND EXISTS (SELECT 1 FROM promo_svc.flash_sale_take t WHERE t.id = c.take_id"
                + " AND t.state IN ('TAKEN', 'HELD', 'SOLD') AND t.taken_at < now() - interval '2 minutes'))");
        CHECKS.put("a coupon template has issued exactly the coupons it counts, never more than its total",
                "SELECT t.id || ': claimed ' || t.claimed || ', coupons ' || (SELECT COUNT(*) FROM promo_svc.coupon c WHERE c.template_id = t.id)"
                + " FROM promo_svc.coupon_template t WHERE t.claimed <> (SELECT COUNT(*) FROM promo_svc.coupon c WHERE c.template_id = t.id)"
                + " OR t.claimed > t.total_quantity");
        CHECKS.put("a paid order's coupon is used by that order; a locked coupon belongs to a checkout still open",
                "SELECT c.id || ' (' || c.status || ') of order ' || o.id || ' (' || o.status || ')' FROM promo_svc.coupon c"
                + " JOIN order_svc.customer_order o ON o.coupon_id = c.id"
                + " WHERE (o.status IN ('PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED') AND NOT (c.status = 'USED' AND c.order_id = o.id))"
                + " OR (c.status = 'LOCKED' AND c.order_id = o.id AND o.status NOT IN ('CHECKING_OUT', 'PENDING_PAYMENT'))");
        CHECKS.put("a member's points balance is what their lots hold, and a hold took exactly its points from lots",
                "SELECT m.account_id || ': balance ' || m.points || ', lots ' || COALESCE(l.rest, 0) FROM user_svc.membership m"
                + " LEFT JOIN (SELECT account_id, SUM(remaining) AS rest FROM user_svc.points_lot GROUP BY account_id) l"
                + " ON l.account_id = m.account_id WHERE m.points <> COALESCE(l.rest, 0)"
                + " UNION ALL SELECT h.lra_id || ': holds ' || h.points || ', shares ' || COALESCE(SUM(s.points), 0)"
                + " FROM user_svc.points_hold h LEFT JOIN user_svc.points_hold_share s ON s.lra_id = h.lra_id"
                + " WHERE h.account_id IS NOT NULL GROUP BY h.lra_id, h.points HAVING h.points <> COALESCE(SUM(s.points), 0)");
        CHECKS.put("points a paid order used are spent; points are held only while their checkout is open",
                "SELECT o.id || ' (' || o.status || ') used ' || o.points_value || ' points' FROM order_svc.customer_order o"
                + " WHERE o.points_value > 0 AND o.status IN ('PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED')"
                + " AND NOT EXISTS (SELECT 1 FROM user_svc.points_hold h WHERE h.reference = o.id AND h.state = 'SPENT'"
                + " AND h.points = o.points_value)"
                + " UNION ALL SELECT h.lra_id || ' holds ' || h.points || ' for ' || h.reference || ' (' || COALESCE(o.status, 'no order') || ')'"
                + " FROM user_svc.points_hold h LEFT JOIN order_svc.customer_order o ON o.id = h.reference"
                + " WHERE h.state = 'HELD' AND h.created_at < now() - interval '1 minute'"
                + " AND (o.id IS NULL OR o.status NOT IN ('CHECKING_OUT', 'PENDING_PAYMENT'))");
        CHECKS.put("a done points exchange spent its points and issued its coupon; a refused one took no points",
                "SELECT e.id || ' (' || e.status || ')' FROM promo_svc.points_exchange e JOIN promo_svc.points_offer f ON f.id = e.offer_id"
                + " AND f.kind = 'COUPON' WHERE (e.status = 'DONE' AND (e.coupon_id IS NULL"
                + " OR NOT EXISTS (SELECT 1 FROM promo_svc.coupon c WHERE c.id = e.coupon_id AND c.user_id = e.user_id)"
                + " OR NOT EXISTS (SELECT 1 FROM user_svc.points_hold h WHERE h.reference = 'exchange:' || e.id AND h.state = 'SPENT'"
                + " AND h.points = e.points)))"
                + " OR (e.status = 'REFUSED' AND (e.coupon_id IS NOT NULL OR EXISTS (SELECT 1 FROM user_svc.points_hold h"
                + " WHERE h.reference = 'exchange:' || e.id AND h.state = 'SPENT')))");
        CHECKS.put("a done gift exchange's order is the shopper's, paid with its points; a refused one's order is cancelled or never placed;"
                + " a returned one's order was refunded",
                "SELECT e.id || ' (' || e.status || ') order ' || COALESCE(e.order_id, 'none') FROM promo_svc.points_exchange e"
                + " JOIN promo_svc.points_offer f ON f.id = e.offer_id AND f.kind = 'GIFT' LEFT JOIN order_svc.customer_order o ON o.id = e.order_id"
                + " WHERE (e.status = 'DONE' AND (o.id IS NULL OR o.user_id <> e.user_id OR o.points_value <> e.points OR o.payable <> 0"
                + " OR o.points_offer_id <> e.offer_id OR o.status IN ('CHECKING_OUT', 'REJECTED', 'PENDING_PAYMENT', 'CANCELLED')))"
                + " OR (e.status = 'REFUSED' AND o.id IS NOT NULL AND o.status NOT IN ('REJECTED', 'CANCELLED')"
                + " AND e.updated_at < now() - interval '1 minute')"
                + " OR (e.status = 'RETURNED' AND NOT EXISTS (SELECT 1 FROM order_svc.order_refund r WHERE r.order_id = e.order_id))");
        CHECKS.put("a gift offer's units are those left plus those its live exchanges took",
                "SELECT f.id || ': ' || f.remaining || ' left, ' || (SELECT COUNT(*) FROM promo_svc.points_exchange e WHERE e.offer_id = f.id"
                + " AND e.status IN ('PENDING', 'DONE')) || ' exchanged of ' || f.quantity FROM promo_svc.points_offer f WHERE f.kind = 'GIFT'"
                + " AND f.remaining + (SELECT COUNT(*) FROM promo_svc.points_exchange e WHERE e.offer_id = f.id AND e.status IN ('PENDING', 'DONE'))"
                + " <> f.quantity");
        CHECKS.put("no order is left checking out or awaiting payment after its payment window",
                "SELECT o.id || ' (' || o.status || ', window ended ' || o.expires_at || ')' FROM order_svc.customer_order o"
                + " WHERE o.status IN ('CHECKING_OUT', 'PENDING_PAYMENT') AND o.expires_at < now() - interval '30 seconds'");
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (!RunningShop.listening(RunningShop.HTTP_PORT)) {
            return; // a launcher test left the shop down on purpose; the next test starts it
        }
        List<String> broken = fresh(violations());
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        while (!broken.isEmpty() && System.currentTimeMillis() < deadline) {
            SagaThroughCoordinatorIT.sleep(1_000);
            broken = fresh(violations());
        }
        if (!broken.isEmpty()) {
            REPORTED.addAll(broken);
            throw new AssertionError("shop invariants broken after " + context.getDisplayName() + ":\n  " + String.join("\n  ", broken));
        }
    }

    private static List<String> fresh(List<String> violations) {
        return violations.stream().filter(v -> !REPORTED.contains(v)).toList();
    }

    /** Every violation now, each named by the invariant it breaks. */
    static List<String> violations() throws SQLException {
        List<String> broken = new ArrayList<>();
        try (Connection db = RunningShop.database(); Statement query = db.createStatement()) {
            for (Map.Entry<String, String> check : CHECKS.entrySet()) {
                try (ResultSet rows = query.executeQuery(check.getValue() + " LIMIT 5")) {
                    while (rows.next()) {
                        broken.add(check.getKey() + ": " + rows.getString(1));
                    }
                }
            }
            if (RunningShop.listening(RunningShop.INTERNAL_PORT)) {
                try (ResultSet rows = query.executeQuery("SELECT r.order_id, r.lra_id FROM order_svc.order_refund r"
                        + " WHERE r.status = 'RUNNING' AND r.updated_at < now() - interval '10 seconds'")) {
                    while (rows.next()) {
                        if (sagaOver(rows.getString(2))) {
                            broken.add("no order is left refunding once its refund saga is over: " + rows.getString(1));
                        }
                    }
                }
            }
        }
        return broken;
    }

    /** Whether the coordinator no longer knows the LRA (it ended, every participant called back). */
    static boolean sagaOver(String lraId) {
        HttpResponse<String> status = RunningShop.send(HttpRequest.newBuilder(URI.create(lraId + "/status")).GET());
        return status.statusCode() == 404 || status.statusCode() == 410;
    }
}
