package shop.promo.ranking.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import shop.platform.ServiceIdentity;
import shop.promo.ranking.entity.HotRanking;
import shop.promo.ranking.entity.PaidOrder;

/**
 * Units sold per product and bucket ({@code sales_bucket}), and the paid orders they came from
 * ({@code ranked_order}, {@code ranked_order_line}), in the promo schema.
 */
@ApplicationScoped
public class SalesBook {

    @Inject
    ServiceIdentity service;

    /**
     * Counts a paid order's units in its bucket; false (nothing changed) when the order was
     * already counted, whichever event brought it before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean paid(PaidOrder order, Instant bucket) {
        try (Connection connection = service.dataSource().getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO ranked_order (order_id, paid_at, bucket_start) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, order.orderId());
                insert.setTimestamp(2, Timestamp.from(order.paidAt()));
                insert.setTimestamp(3, Timestamp.from(bucket));
                if (insert.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement line = connection.prepareStatement(
                    "INSERT INTO ranked_order_line (order_id, product_id, units) VALUES (?, ?, ?)");
                 PreparedStatement add = connection.prepareStatement(
                         "INSERT INTO sales_bucket (bucket_start, product_id, units) VALUES (?, ?, ?)"
                         + " ON CONFLICT (bucket_start, product_id) DO UPDATE SET units = sales_bucket.units + EXCLUDED.units")) {
                for (Map.Entry<String, Long> units : order.unitsByProduct().entrySet()) {
                    line.setString(1, order.orderId());
                    line.setString(2, units.getKey());
                    line.setLong(3, units.getValue());
                    line.addBatch();
                    add.setTimestamp(1, Timestamp.from(bucket));
                    add.setString(2, units.getKey());
                    add.setLong(3, units.getValue());
                    add.addBatch();
                }
                line.executeBatch();
                add.executeBatch();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count order " + order.orderId(), e);
        }
    }

    /**
     * Takes back a counted order's units (the whole order was refunded) and returns its products;
     * empty when the order was not counted (or has left the window) or was taken back already.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> refunded(String orderId) {
        try (Connection connection = service.dataSource().getConnection()) {
            Timestamp bucket;
            try (PreparedStatement mark = connection.prepareStatement(
                    "UPDATE ranked_order SET refunded = TRUE WHERE order_id = ? AND NOT refunded RETURNING bucket_start")) {
                mark.setString(1, orderId);
                try (ResultSet row = mark.executeQuery()) {
                    if (!row.next()) {
                        return Set.of();
                    }
                    bucket = row.getTimestamp(1);
                }
            }
            Map<String, Long> units = new LinkedHashMap<>();
            try (PreparedStatement lines = connection.prepareStatement(
                    "SELECT product_id, units FROM ranked_order_line WHERE order_id = ? ORDER BY product_id")) {
                lines.setString(1, orderId);
                try (ResultSet rows = lines.executeQuery()) {
                    while (rows.next()) {
                        units.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            try (PreparedStatement subtract = connection.prepareStatement(
                    "UPDATE sales_bucket SET units = units - ? WHERE bucket_start = ? AND product_id = ?")) {
                for (Map.Entry<String, Long> line : units.entrySet()) {
                    subtract.setLong(1, line.getValue());
                    subtract.setTimestamp(2, bucket);
                    subtract.setString(3, line.getKey());
                    subtract.addBatch();
                }
                subtract.executeBatch();
            }
            return units.keySet();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take back order " + orderId, e);
        }
    }

    /**
     * Units sold per product from bucket {@code from} on, of products on sale (in
     * {@code categories} unless null), in {@link HotRanking#ORDER}, at most {@code limit}.
     */
    public List<HotRanking.Sold> soldSince(Instant from, Set<String> categories, int limit) {
        String sql = "SELECT b.product_id, f.name, f.category_id, SUM(b.units) AS sold"
                + " FROM sales_bucket b JOIN product_fact f ON f.product_id = b.product_id"
                + " WHERE b.bucket_start >= ? AND f.on_sale" + (categories == null ? "" : " AND f.category_id = ANY (?)")
                + " GROUP BY b.product_id, f.name, f.category_id HAVING SUM(b.units) > 0"
                + " ORDER BY sold DESC, b.product_id LIMIT ?";
        List<HotRanking.Sold> sold = new ArrayList<>();
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int parameter = 1;
            select.setTimestamp(parameter++, Timestamp.from(from));
            if (categories != null) {
                Array ids = connection.createArrayOf("varchar", categories.toArray());
                select.setArray(parameter++, ids);
            }
            select.setInt(parameter, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sold.add(new HotRanking.Sold(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read sales", e);
        }
        return sold;
    }

    /** Forgets buckets and orders before {@code start} (they left the window); returns the buckets' rows removed. */
    public int purgeBefore(Instant start) {
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement buckets = connection.prepareStatement("DELETE FROM sales_bucket WHERE bucket_start < ?");
             PreparedStatement orders = connection.prepareStatement("DELETE FROM ranked_order WHERE bucket_start < ?")) {
            buckets.setTimestamp(1, Timestamp.from(start));
            orders.setTimestamp(1, Timestamp.from(start));
            int removed = buckets.executeUpdate();
            orders.executeUpdate();
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge old sales", e);
        }
    }
}
