package shop.search.product.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import shop.platform.ServiceIdentity;

/**
 * Stock per SKU and units sold per product, as search shows them, in search's own schema. The
 * service's durable subscriptions write them (each event once); every replica reads the rows
 * changed after the last number it applied ({@link ReadModelFollower}).
 */
@ApplicationScoped
public class StockAndSales {

    /** One changed row: a SKU's available stock, or a product's units sold. */
    public record Change(long seq, String skuId, String productId, long value) {
        public boolean isStock() {
            return skuId != null;
        }
    }

    @Inject
    ServiceIdentity service;

    /** Records a SKU's available stock as of the event time; an older figure arriving late changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stockChanged(String skuId, long available, OffsetDateTime asOf) {
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement upsert = connection.prepareStatement(
                     "INSERT INTO sku_stock (sku_id, available, as_of, change_seq) VALUES (?, ?, ?, ?)"
                     + " ON CONFLICT (sku_id) DO UPDATE SET available = EXCLUDED.available, as_of = EXCLUDED.as_of,"
                     + " change_seq = EXCLUDED.change_seq WHERE sku_stock.as_of <= EXCLUDED.as_of")) {
            upsert.setString(1, skuId);
            upsert.setLong(2, Math.max(0, available));
            upsert.setTimestamp(3, Timestamp.from(asOf.toInstant()));
            upsert.setLong(4, next(connection));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the stock of " + skuId, e);
        }
    }

    /** Adds units sold per product (one paid order's lines, summed per product). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sold(Map<String, Long> unitsByProduct) {
        if (unitsByProduct.isEmpty()) {
            return;
        }
        try (Connection connection = service.dataSource().getConnection()) {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO product_sales (product_id, sold, change_seq) VALUES (?, ?, ?)"
                    + " ON CONFLICT (product_id) DO UPDATE SET sold = product_sales.sold + EXCLUDED.sold, change_seq = EXCLUDED.change_seq")) {
                for (Map.Entry<String, Long> units : unitsByProduct.entrySet()) {
                    upsert.setString(1, units.getKey());
                    upsert.setLong(2, units.getValue());
                    // A number per row: a reader paging by number never splits rows sharing one.
                    upsert.setLong(3, next(connection));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record sales", e);
        }
    }

    /** Up to {@code limit} rows changed after {@code seq}, stock and sales together, in order. */
    public List<Change> changesAfter(long seq, int limit) {
        List<Change> changes = new ArrayList<>();
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT change_seq, sku_id, NULL AS product_id, available AS value FROM sku_stock WHERE change_seq > ?"
                     + " UNION ALL SELECT change_seq, NULL, product_id, sold FROM product_sales WHERE change_seq > ?"
                     + " ORDER BY 1 LIMIT ?")) {
            select.setLong(1, seq);
            select.setLong(2, seq);
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    changes.add(new Change(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read stock and sales", e);
        }
        return changes;
    }

    /** The next change number; the counter row stays locked until the caller's transaction ends. */
    private static long next(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(
                "UPDATE read_model_counter SET last_seq = last_seq + 1 WHERE id = 1 RETURNING last_seq");
             ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
