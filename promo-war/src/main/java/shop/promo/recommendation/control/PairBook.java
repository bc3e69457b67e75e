package shop.promo.recommendation.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import shop.platform.ServiceIdentity;
import shop.promo.ranking.entity.SalesChange;
import shop.promo.recommendation.entity.ProductPairs;

/**
 * How many paid orders held each pair of products ({@code product_pair}), following the orders
 * rankings count: a counted order adds one to each of its pairs, a refunded one takes it back,
 * in the same transaction.
 */
@ApplicationScoped
public class PairBook {

    @Inject
    ServiceIdentity service;

    void follow(@Observes SalesChange change) {
        List<ProductPairs.Pair> pairs = ProductPairs.of(change.productIds());
        if (pairs.isEmpty()) {
            return;
        }
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO product_pair (product_id, other_id, orders)"
                     + " VALUES (?, ?, ?) ON CONFLICT (product_id, other_id) DO UPDATE SET orders = product_pair.orders + EXCLUDED.orders")) {
            for (ProductPairs.Pair pair : pairs) {
                upsert.setString(1, pair.productId());
                upsert.setString(2, pair.otherId());
                upsert.setLong(3, change.orders());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the products of order " + change.orderId() + " together", e);
        }
    }

    /** Products on sale bought with {@code productId}, in {@link ProductPairs#ORDER}, at most {@code limit}. */
    public List<ProductPairs.Partner> partnersOf(String productId, int limit) {
        List<ProductPairs.Partner> partners = new ArrayList<>();
        try (Connection connection = service.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT p.other_id, f.name, p.orders FROM product_pair p"
                     + " JOIN product_fact f ON f.product_id = p.other_id"
                     + " WHERE p.product_id = ? AND p.orders > 0 AND f.on_sale ORDER BY p.orders DESC, p.other_id LIMIT ?")) {
            select.setString(1, productId);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    partners.add(new ProductPairs.Partner(rows.getString(1), rows.getString(2), rows.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the products bought with " + productId, e);
        }
        return ProductPairs.rank(partners, limit);
    }
}
